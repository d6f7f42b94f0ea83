"""Text every fictional review draws on: process, method, analysis and learning paragraphs in
the house style of published reviews, in several wordings so the corpus is not uniform."""

COMMISSIONED = [
    "Following a rapid review, the {partnership} decided that the criteria for a review were met and that there was important learning for agencies in the area. An independent reviewer was appointed in {month_before} {Y2}.",
    "The case was referred to the {partnership}, which agreed that the circumstances met the criteria for a review because abuse or neglect was known or suspected and there were concerns about how agencies had worked together.",
    "The {partnership} commissioned this review after a meeting of its case review group concluded that agencies could learn from the way they had worked with {C} and {his} family.",
]
SCOPE = [
    "The review covers the period from January {Y0} to the date of the incident. Agencies were asked to provide information about significant events before that period where they were relevant.",
    "The period under review is the two years before the incident. Earlier history is summarised where it helps to understand the family's experience of services.",
]
METHOD = [
    "The review used a systems approach. Each agency provided a chronology and a short report analysing its involvement. The reviewer met the practitioners and managers involved at a learning event, where they reflected on what had helped and hindered their work.",
    "Information was gathered from agency chronologies, case records and conversations with practitioners. A panel of senior managers from the agencies involved oversaw the review and challenged the emerging findings.",
    "The reviewer read agency records, held individual conversations with key practitioners and facilitated two practitioner learning events. Draft findings were tested with the review panel before the report was finalised.",
    "The methodology drew on the principles of appreciative inquiry. Practitioners were asked what they knew at the time, what they thought, and what made it hard to act differently.",
]
FAMILY_VOICE = [
    "{C}'s mother met the reviewer and spoke openly about her experience of services. Her views are included throughout this report. {C}'s father was invited to contribute but did not respond.",
    "The family were told about the review and invited to contribute. {C}'s parents met the reviewer twice and their views have helped to shape the findings.",
    "Members of {C}'s family contributed to the review. The reviewer is grateful for their willingness to talk about painful events so that others may learn.",
]
PARALLEL = [
    "There were parallel criminal proceedings. The review was paused for a short period so that it did not prejudice the trial.",
    "A coroner's inquest has been opened and adjourned. The review has been shared with the coroner.",
    "Police investigations were concluded before the review began and there were no parallel processes that affected its timing.",
]
VOICE_OF_CHILD = [
    "Throughout this report the reviewer has tried to keep {C} at the centre. Those who knew {C} described {him} as funny, caring and determined. {He} loved animals and music and wanted to work with children when {he} was older.",
    "{C}'s voice is not often heard in agency records. Where {he} did speak to professionals, {he} told them what {he} thought they wanted to hear. Practitioners reflected that they rarely saw {C} alone.",
    "When asked what they would want professionals to know about {C}, {his} family said that {he} was kind and trusting, and that {he} wanted to be liked.",
]
AGENCY_DETAIL = [
    "The episode was discussed in supervision, but the record of supervision is brief and does not show reflection on the risks to {C}.",
    "The agency report acknowledges that its records from this time are incomplete and that the decision was not recorded with its reasons.",
    "Practitioners told the review that caseloads were high at this time and that several posts in the team were vacant.",
    "The records show that {C}'s views were not sought during this episode.",
    "A manager reviewed the case and agreed the decision. The review found no evidence that the history was considered.",
    "This was a missed opportunity to hold a multi-agency discussion and to bring together what each agency knew.",
    "The GP was not informed of this episode and so could not take it into account at later appointments.",
    "This episode shows good practice: the practitioner was persistent and followed up when {C}'s mother did not respond.",
]
ANALYSIS = [
    "Information sharing between agencies was a recurring theme. Each agency held a part of the picture, but no agency had the whole. Practitioners told the review that they assumed others knew what they knew.",
    "The review found a lack of professional curiosity at key points. Explanations given by the family were accepted without being checked, and concerns were not explored further.",
    "The quality of supervision varied. Where supervision was reflective, practitioners were helped to step back and consider the history; where it was focused on tasks, drift was not challenged.",
    "Thresholds were applied inconsistently. Referrals that described similar concerns led to different decisions depending on who screened them.",
    "The child's lived experience was not always understood. Records focused on the adults and their engagement with services, rather than on what life was like for {C}.",
    "Practitioners did not always escalate when they disagreed with decisions made by other agencies. The partnership's escalation policy was not well known.",
    "Assessments were not updated when new information was received, so plans were based on an out-of-date understanding of the family.",
]
GOOD_PRACTICE = [
    "There were examples of good practice. The school's designated safeguarding lead kept detailed records and was persistent in raising concerns.",
    "The police response on the day of the incident was prompt and sensitive, and officers ensured that {C}'s siblings were safe.",
    "The health visitor built a trusting relationship with {C}'s mother and this helped the family to accept support.",
]
GENERIC_LEARNING = [
    "Practitioners should be curious, ask open questions and check what they are told against what they see and what other agencies know.",
    "Managers should ensure that supervision creates space for reflection on risk and on the child's lived experience.",
    "Agencies should share information promptly when they have concerns about a child, and should not assume that others already know.",
]
GENERIC_RECOMMENDATIONS = [
    "The partnership should seek assurance that its escalation policy is understood and used by practitioners in all agencies.",
    "The partnership should share the learning from this review through briefings and practitioner events, and evaluate the impact on practice.",
    "All agencies should review how the voice of the child is recorded and used in assessments and plans.",
]
GLOSSARY = [
    ("A&E", "Accident and Emergency department"),
    ("CAMHS", "Child and Adolescent Mental Health Services"),
    ("CSC", "Children's Social Care"),
    ("DSL", "Designated Safeguarding Lead"),
    ("GP", "General Practitioner"),
    ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ("MASH", "Multi-Agency Safeguarding Hub"),
    ("NRM", "National Referral Mechanism"),
    ("CEOP", "Child Exploitation and Online Protection command"),
    ("IIOC", "Indecent images of children"),
    ("EHCP", "Education, Health and Care Plan"),
    ("DASH", "Domestic Abuse, Stalking and Harassment risk assessment"),
    ("YJS", "Youth Justice Service"),
]
TOR_QUESTIONS = [
    "How well did agencies identify and respond to the risks to {C}?",
    "How effectively did agencies share information and work together?",
    "How was {C}'s voice heard and acted upon?",
    "What was the quality of assessments and plans?",
    "How did organisational factors, such as workload and supervision, affect practice?",
    "What can be learned to improve the safeguarding of children in the area?",
]
