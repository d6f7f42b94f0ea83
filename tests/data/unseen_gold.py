"""Builds an unseen set's gold file from its hand coding (`labels.py` in the set's folder) and
the reviews as casebrief ingests them: `python tests/data/unseen_gold.py tests/data/unseen-b`.
Every review of a set is in its test part; sentences not listed have no theme."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from casebrief.text.pipeline import parse_file

DESCRIPTION = {
    "unseen": "Reviews written in a different voice from the sample corpus, coded by hand once; "
    "measured once, then used to shape the paraphrase set and the codebook (a development set).",
    "unseen-b": "A second set of reviews in other voices, written and coded by hand after all "
    "tuning and never used for it.",
    "unseen-c": "A third set of reviews in other voices, written and coded by hand before the "
    "changes measured on it, and never used to tune them.",
    "unseen-d": "A fourth set of reviews in other voices and layouts (a paginated PDF with running "
    "headers and footers among them), written and coded by hand before the changes measured on "
    "it, and never used to tune them.",
    "unseen-e": "A fifth set of reviews in other voices and layouts (a Word report with a cover "
    "table, a partnership web page), written and coded by hand before the changes measured on it, "
    "and never used to tune them.",
    "unseen-f": "A sixth set of reviews in other voices (a reviewer writing in the first person, a "
    "partnership page in questions and answers, a report told in episodes), written and coded by "
    "hand before they were first measured, and never used to tune anything.",
    "unseen-g": "A seventh set of reviews in other voices and layouts (a partnership's seven-minute "
    "briefing, a report told through a timeline of key events, a systems-findings review), written "
    "and coded by hand before they were first measured, and never used to tune anything.",
    "unseen-h": "An eighth set of reviews in other voices and layouts (a Scottish learning review in "
    "lettered sections, a partnership's learning summary in bullet points, a review of a baby's "
    "injuries with online process words and no online harm), written and coded by hand before they "
    "were first measured, and never used to tune anything.",
    "unseen-i": "A ninth set of reviews in other voices and layouts (an older serious case review in "
    "numbered paragraphs about online radicalisation, a Welsh extended child practice review with a "
    "cover table, a Word review of neglect whose online words are all incidental), written and "
    "coded by hand before they were first measured, and never used to tune anything.",
    "unseen-j": "A tenth set of reviews in other voices and layouts (a rapid review to the national "
    "panel, a Northern Ireland case management review's executive summary in capitals, a review "
    "of a drowning whose only online words are a parent's phone and process), written and coded "
    "by hand before they were first measured, and never used to tune anything.",
    "unseen-k": "An eleventh set of reviews in other voices and layouts (a paginated PDF review of "
    "image sharing and sexual extortion of a girl with a learning disability, a Word review of a "
    "looked-after boy abused by men he met through an adult app, told in long paragraphs, a "
    "review of criminal exploitation whose online words are all incidental), written and coded "
    "by hand before they were first measured, and never used to tune anything.",
    "unseen-l": "A twelfth set of reviews in other voices and layouts (a Welsh concise child "
    "practice review in Markdown with a timeline table, about a young boy shown pornography by an "
    "adult; an older serious case review of bullying through an anonymous account; a partnership's "
    "learning page about a baby's death whose online words are all incidental), written and coded "
    "by hand before they were first measured, and never used to tune anything.",
    "unseen-m": "A thirteenth set of reviews in other voices and layouts (a Word review with a "
    "named pseudonym and a table of key episodes, about a girl abused through live broadcasts; a "
    "partnership's web page about a young person drawn into self-harm and eating-disorder "
    "communities; a paginated PDF review of neglect whose online words are all incidental), "
    "written and coded by hand before they were first measured, and never used to tune anything.",
    "unseen-n": "A fourteenth set of reviews in other voices and layouts (a rapid review in "
    "Markdown written in the first person plural, about an autistic girl groomed through a game's "
    "chat; a partnership's learning brief about fake nude images made by pupils; a Word review of "
    "a baby's sudden death whose online words are all incidental), written and coded by hand "
    "after the last change measured on it, and never used to tune anything.",
    "unseen-o": "A fifteenth set of reviews in other voices and layouts (a practitioner learning "
    "event report in plain text with underlined headings, about a boy shown violent pornography "
    "from the age of ten; a partnership's web page in folding sections with a letter to the "
    "child, about a girl in care exploited through an adult dating app; a paginated PDF review of "
    "a toddler's injuries whose online words are all incidental), written and coded by hand "
    "before they were first measured, and never used to tune anything.",
    "unseen-p": "A sixteenth set of reviews in other voices and layouts (a Word review written for "
    "young people and families, with a table of who knew what, about a girl bullied through an "
    "anonymous account who looked at self-harm pages; a plain-text review in capitals and numbered "
    "paragraphs about a boy drawn into the extreme right through video feeds and a server; a "
    "paginated PDF review of fabricated illness whose online words are all incidental), written "
    "and coded by hand after the last change measured on it, and never used to tune anything.",
    "unseen-q": "A seventeenth set of reviews in other voices and layouts (a paginated PDF review in "
    "a terse police voice about a girl who sold pictures of herself on a subscription site and was "
    "taken to a buyer's flat; a partnership's learning brief on a web page, with a family's aside "
    "and a table of what will change, about a boy who died copying a choking dare from his video "
    "feed; a Markdown review of a girl's suicide whose online words are all incidental or "
    "denied), written and coded by hand after the last change measured on it, and never used to "
    "tune anything.",
    "unseen-s": "An eighteenth set of reviews in other voices and layouts (a Welsh child practice "
    "review in Word, in long paragraphs, about a boy of thirteen blackmailed with a photograph "
    "after a stranger posing as a girl added him; an older serious case review in capitals and "
    "numbered paragraphs about a girl of eight abused by her mother's partner, whose indecent-image "
    "intelligence waited months; a partnership's web page about a baby's neglect whose online "
    "words are all incidental or denied), written and coded by hand after the last change "
    "measured on it, and never used to tune anything.",
    "unseen-t": "A nineteenth set of reviews in other voices and layouts (a paginated PDF review "
    "written by its panel as 'we', with plain headings, about an autistic boy of fourteen paid "
    "in gift codes by adult viewers of his game streams, undressed on camera, threatened with the "
    "recordings and met by one of the men; a partnership's seven-minute briefing on a web page "
    "about a girl of twelve with ADHD targeted by an anonymous account and anonymous questions, "
    "who read about wanting to die and took an overdose; a Word review of a toddler's drowning "
    "whose online words are all incidental or denied), written and coded by hand before casebrief "
    "coded them and after the release's last change, and never used to tune anything.",
    "unseen-u": "A twentieth set of reviews in other voices and layouts (a Scottish learning review "
    "in numbered paragraphs about a looked-after girl of fifteen whose pictures were pressed out "
    "of her and passed round by young men from a group chat, who then used them to make her meet "
    "them; a partnership's question-and-answer web page about a boy of sixteen drawn to violent "
    "extremism through videos and a chat server, whose Prevent referral was closed; a Markdown "
    "review of a baby's head injury whose online words are all incidental or denied), written "
    "and coded by hand before casebrief coded them and after the release's last change, and never "
    "used to tune anything.",
    "unseen-w": "A twenty-second set of reviews in other voices and layouts (a paginated PDF "
    "review with running headers about a boy of thirteen drawn into a group chat of scored fight "
    "videos, filmed in a fight himself, mocked online and then assaulted on camera; a Northern "
    "Ireland case management review's executive summary in Word, with a table of key episodes, "
    "about a girl of six abused in front of a webcam by her mother for paying viewers overseas; "
    "a Markdown review of a girl's death from diabetes whose online words are all incidental or "
    "denied), written and coded by hand before casebrief coded them and after the release's last "
    "change, and never used to tune anything.",
    "unseen-x": "A twenty-third set of reviews in other voices and layouts (a Word review in its "
    "reviewer's first person, in long paragraphs under headings of its own, about a boy of eleven "
    "who harmed his young cousin after two years of adult videos, many first sent to him by older "
    "players of a building game; a rapid review's learning summary as a PDF, under questions for "
    "headings, about a girl of sixteen in a children's home who met paying men through a website "
    "of 'allowances'; a plain-text review of a boy exploited to sell drugs whose online words are "
    "all incidental or denied), written and coded by hand before casebrief coded them and after "
    "the release's last change, and never used to tune anything.",
    "unseen-y": "A twenty-fourth set of reviews in other voices and layouts (a partnership's web "
    "page in folding sections about a girl of eleven with a learning disability, to whom men "
    "exposed themselves on a random video-chat site, abused on camera by one who moved her to "
    "another app; "
    "a rapid review on a Word template, its findings in a table of questions, about a girl of "
    "fourteen whose picture was posted by her former boyfriend on an account made to shame girls; "
    "a PDF overview report of a baby's death whose online words are all incidental or denied), "
    "written and coded by hand before casebrief coded them and after the release's last change, "
    "and never used to tune anything.",
    "unseen-z": "A twenty-fifth set of reviews in other voices and layouts (a significant incident "
    "learning process report set in two columns, by key practice episodes, about a gay boy of "
    "fourteen first befriended by an adult in a shooting game and then abused by men from an app "
    "for adult men; a Welsh extended child practice review in Word about a girl of thirteen with "
    "an eating disorder whose feed kept offering her fasting videos and whom a young man from a "
    "group chat pressed for pictures; a plain-text review of a young boy's neglect whose online "
    "words are all incidental or denied), written and coded by hand before casebrief coded them "
    "and after the release's last change, and never used to tune anything.",
    "unseen-aa": "A twenty-sixth set of reviews in other voices and layouts (a partnership's "
    "seven-minute briefing web page in numbered boxes about a girl of fifteen blackmailed with a "
    "picture by a profile posing as a boy from a nearby school; a PDF practice review in numbered "
    "paragraphs about an autistic boy of sixteen drawn from a history forum into an extremist "
    "channel; a Word rapid review of a baby's injuries whose online words are all incidental or "
    "denied), written and coded by hand before casebrief coded them and after the release's last "
    "change, and never used to tune anything.",
    "unseen-ab": "A twenty-seventh set of reviews in other voices and layouts (a scanned "
    "executive summary, an image-only PDF read by OCR, about a boy of thirteen with ADHD "
    "groomed through a football game's chat by a man posing as an academy coach and abused "
    "on camera; a Scottish learning review in Markdown about a girl of fourteen pressed for "
    "nudes by an older pupil, whose pictures went round a year group chat and an anonymous "
    "account; a plain-text serious case review of a young man's drowning whose online words "
    "are all incidental or denied), written and coded by hand before casebrief coded them and "
    "after the release's last change to the coder, and never used to tune anything.",
    "unseen-ac": "A twenty-eighth set of reviews in other voices and layouts (a Welsh concise "
    "child practice review in Word with a timeline table, about a girl of fifteen drawn into "
    "accounts and a group chat that promoted starving and cutting; a partnership's learning "
    "brief web page in an accordion about a boy who watched violent pornography from the age "
    "of eleven and then sexually harmed his younger sister; a PDF practice review in numbered "
    "paragraphs about a boy criminally exploited in person, whose phone and online words are "
    "all incidental or denied), written and coded by hand before casebrief coded them and "
    "after the release's last change to the coder, and never used to tune anything.",
    "unseen-ad": "A twenty-ninth set of reviews in other voices and layouts (a partnership's "
    "one-sheet learning brief as a landscape PDF in three columns, about a girl of fourteen "
    "groomed through private messages by her football club's assistant coach and then abused in "
    "his car; a review pasted as plain text from a PDF, its lines hard-wrapped and hyphenated, in "
    "a terse voice full of abbreviations, about a looked-after girl of fifteen with foetal alcohol "
    "spectrum disorder who went missing to meet a man she had added from the app's suggestions "
    "and who recorded her on camera; a Word review with a cover table about a boy of nine's "
    "neglect and his mother's partner's violence, whose online words are all incidental or "
    "denied), written and coded by hand before casebrief coded them and after the release's last "
    "change to the coder, and never used to tune anything.",
    "unseen-ae": "A thirtieth set of reviews in other voices and layouts (an older serious case "
    "review's overview report as a paginated PDF with a running header and footnotes at the foot "
    "of its pages, about a boy of twelve paid in a shooting game's currency by a man who sent "
    "him adult videos, directed him on camera and threatened to tell the other players; a "
    "partnership's short learning page about a boy of sixteen blackmailed for money with a "
    "picture by a profile posing as a girl, told in its summary alone; a Word review of a young "
    "carer missing from school whose online words are all incidental or denied), written and "
    "coded by hand before casebrief coded them and after the release's last change to the "
    "coder, and never used to tune anything.",
    "unseen-af": "A thirty-first set of reviews in other voices and layouts (a Word review with "
    "a contents list and a table of key practice episodes, about a girl of thirteen abused on "
    "camera by a man she met on a site that pairs strangers for video chat, told mostly without "
    "the usual keywords; a partnership's learning page in a definition list and folding sections "
    "about a boy of eleven who watched violent adult films on a shared tablet from the age of "
    "nine; a paginated PDF review with a contents page about a baby's skull fracture whose online "
    "words are all incidental or denied), written and coded by hand before casebrief coded them "
    "and after the release's last change to the coder, and never used to tune anything.",
    "unseen-ag": "A thirty-second set of reviews in other voices and layouts (a partnership's "
    "page whose sections open from accordion buttons, not headings, about a girl of fourteen "
    "mocked in a class group chat and drawn to accounts about disappearing and wounds; a Word "
    "review whose headings are bold lines in the body style, about an autistic boy of sixteen "
    "drawn by men in an online server into admiring attackers and threatening his school, told "
    "without the words for extremism; a PDF review of a boy of six hurt by his mother's partner, "
    "whose online words are all incidental or denied), written and coded by hand before "
    "casebrief coded them and after the release's last change to the coder, and never used to "
    "tune anything.",
    "unseen-ah": "A thirty-third set of reviews in other voices and layouts (a Scottish learning "
    "review in PDF, marked OFFICIAL SENSITIVE on every page, about a boy of sixteen talked into "
    "undressing on a recorded call and made to pay, told without the word for it; a Word review "
    "in its reviewer's first person, with a timeline table, about a girl of seven whose mother's "
    "partner kept and posted pictures of children being abused, her among them; a partnership "
    "page about three neglected brothers whose online words are all incidental or denied), "
    "written and coded by hand before casebrief coded them and after the release's last change "
    "to the coder, and never used to tune anything.",
    "unseen-ai": "A thirty-fourth set of reviews in other voices and layouts (a Markdown review "
    "about a boy of twelve, a young carer, befriended in an online building game by a man posing "
    "as a boy of fourteen who sent him coins and gift codes, moved him to a voice app and met and "
    "assaulted him, told without the word for grooming; a partnership's practice learning note "
    "about a girl of fifteen shown videos of men strangling women during sex and filmed "
    "undressed by her boyfriend; a PDF review of a baby's skull fracture whose online words are "
    "all incidental or denied), written and coded by hand before casebrief coded them and after "
    "the release's last change to the coder, and never used to tune anything.",
    "unseen-aj": "A thirty-fifth set of reviews in other voices and layouts (a plain-text review "
    "with hard-wrapped lines, capital headings and form feeds between pages, about a boy of "
    "fourteen drawn by adults in online groups into hatred of migrants and Muslims until he "
    "filmed a threat outside a mosque, told without the words for extremism; a partnership page "
    "laid out in a table, about a girl of thirteen who streamed from her bedroom to viewers who "
    "paid her for dares until she undressed, and whose recordings were sold; a Word review of a "
    "girl's death from asthma whose online words are all incidental or denied), written and "
    "coded by hand before casebrief coded them and after the release's last change to the coder, "
    "and never used to tune anything.",
    "unseen-ak": "A thirty-sixth set of reviews in other voices and layouts (a paginated PDF review "
    "in numbered paragraphs about an autistic boy of fifteen drawn by men in a private channel, "
    "who praised mass killers and sent him bomb-making files, into planning an attack, told "
    "without the words for extremism; a Word review in its reviewer's first person, with a cover "
    "table, about a girl of twelve made to watch clips of men choking women during sex, groomed "
    "by a man posing as a boy for pictures that were passed round her year; a partnership page "
    "about a baby's injuries whose online words are all incidental or denied), written and coded "
    "by hand before casebrief coded them and after the release's last change to the coder, and "
    "never used to tune anything.",
    "unseen-al": "A thirty-seventh set of reviews in other voices and layouts (a Welsh extended child "
    "practice review in PDF with a bilingual cover and a reference line, about a boy of sixteen "
    "fed videos and a forum's talk that women owe men, praised by a man who called a killer of "
    "women a hero, until he attacked a girl, told without naming the ideology; a partnership's "
    "learning summary in plain text with underlined capital headings and starred lists, about a "
    "boy of eleven who copied the films of naked adults his brother watched on a games console; "
    "a partnership page about a girl in care who died while missing, whose online words are all "
    "incidental or denied), written and coded by hand before casebrief coded them and after the "
    "release's last change to the coder, and never used to tune anything.",
    "unseen-am": "A thirty-eighth set of reviews in other voices and layouts (an older serious case "
    "review's overview report in Word, with numbered paragraphs and a glossary table, about a "
    "girl of fourteen in foster care groomed through a social networking site by a man posing as "
    "a boy, made to undress on a webcam and abused by men she was taken to; a partnership page "
    "with a key-facts list and a quote from the child, about a girl of ten befriended in a "
    "building game by a player posing as a boy of eleven, moved to a voice app and sent a "
    "picture of a man's genitals; a rapid review in PDF of a baby killed by his father, whose "
    "online words are the father's tracking of the mother's phone, his posts, video calls, an "
    "online portal and a denial), written and coded by hand before casebrief coded them and "
    "after the release's last change to the coder, and never used to tune anything.",
    "unseen-an": "A thirty-ninth set of reviews in other voices and layouts (a partnership's "
    'executive summary in plain text, with headings in capitals and the partnership\'s "we", '
    "about an autistic boy of eleven mocked, robbed and told to die by older players in a racing "
    "game's voice chat, told without the word for bullying online; a Word review with a table of "
    "key events, about a girl of fifteen whose boyfriend filmed them having sex and whose clip "
    "older boys used to make her carry drugs, told without the word for extortion; a "
    "partnership's seven-minute briefing about a neglected toddler whose online words are all "
    "incidental), written and coded by hand before casebrief coded them and after the release's "
    "last change to the coder, and never used to tune anything.",
    "unseen-ao": "A fortieth set of reviews in other voices and layouts (a Welsh concise child "
    "practice review in PDF, two pages with a running header, about a boy of fourteen on an adult "
    "dating app whom a man sent taxi money and abused; a partnership's page in questions and "
    "answers about a girl of thirteen pressed by an older pupil for a picture that was then shown "
    "to her year; a Word review of a boy's death on a stolen motorbike whose online words are all "
    "incidental or denied), written and coded by hand before casebrief coded them and after the "
    "release's last change to the coder, and never used to tune anything.",
    "unseen-ap": "A forty-first set of reviews in other voices and layouts (a partnership's "
    "learning brief in Word, a short story and a two-column table of what happened and what it "
    "teaches, about a boy of twelve groomed and abused by a man in a virtual reality world, told "
    "through tokens, avatars and a private room; a partnership's web page about a girl of sixteen "
    "sent a fake nude made from her race photo and told to pay; an executive summary in plain text "
    "about a baby's fractures whose online words are all incidental or denied), written and coded "
    "by hand before casebrief coded them and after the release's last change to the coder, and "
    "never used to tune anything.",
    "unseen-aq": "A forty-second set of reviews in other voices and layouts (a Northern Irish case "
    "management review's executive summary in PDF, with a cover page, about a girl of fourteen "
    "drawn by accounts of very thin girls and a group that praised eating least, told without the "
    "usual words for harmful content; a partnership's lessons note in Markdown with a table of what "
    "agencies knew, about a boy of thirteen mocked by a profile that used his photo; a Word review "
    "of a young man's death from diabetes whose online words are all incidental or denied), "
    "written and coded by hand before casebrief coded them and after the release's last change to "
    "the coder, and never used to tune anything.",
    "unseen-ar": "A forty-third set of reviews in other voices and layouts (a partnership's page in "
    "collapsible sections about a boy of fourteen whom a 'producer' on a music chat server "
    "flattered, sent software and moved to private calls, told without the word for grooming; a "
    "Welsh extended child practice review in plain text, with a bilingual board name and "
    "lettered learning, about a girl of fifteen paid by viewers for dares on her game streams; a "
    "Word rapid review of a toddler's drowning whose online words are all incidental or denied), "
    "written and coded by hand before casebrief coded them and after the release's last change to "
    "the coder, and never used to tune anything.",
    "unseen-as": "A forty-fourth set of reviews in other voices and layouts (a Scottish learning "
    "review pasted as plain text, its headings run into their paragraphs, about a girl of twelve "
    "whose feed kept offering her videos of cutting, mocked by a recording passed round her year "
    "and a profile made in her name, told without the usual words for harmful content or "
    "bullying; a PDF review whose story is a chronology table, about a girl of fourteen whose "
    "topless picture was passed to phones on a bus and reached a man who groomed and raped her; a "
    "Word rapid review of a baby's head injury whose online words are all incidental or denied), "
    "written and coded by hand before casebrief coded them and after the release's last change to "
    "the coder, and never used to tune anything.",
    "unseen-at": "A forty-fifth set of reviews in other voices and layouts (a review saved from Word "
    "as a web page, its headings bold paragraphs, about a boy of fifteen drawn by a man's videos "
    "and his fans' group chat into contempt for girls, who posted a girl's picture with comments "
    "on her body, told without the words for extremism; a learning brief in Markdown that quotes "
    "the child in block quotes, about a girl of eleven shown sex videos by an older boy and then "
    "abused on a video call by a man posing as a boy in a building game; a paginated PDF rapid "
    "review of a young man's death in a road crash whose online words are all incidental or "
    "denied), written and coded by hand before casebrief coded them and after the release's last "
    "change to the coder, and never used to tune anything.",
    "unseen-au": "A forty-sixth set of reviews in other voices and layouts (a Word review whose "
    "headings and findings use Word's own numbering, about a girl of thirteen whose self-harm was "
    "directed by a woman posing as a girl of fifteen on an anxiety forum; a learning summary in "
    "plain text saved in a Windows code page, in bullets with curly quotes, about a boy of sixteen "
    "recruited through a post offering easy money and mocked with a film of his beating; a PDF "
    "rapid review of a baby's death on a sofa whose online words are all incidental or denied), "
    "written and coded by hand before casebrief coded them and after the release's last change "
    "to the coder and its reading, and never used to tune anything.",
    "unseen-av": "A forty-seventh set of reviews in other voices and layouts (a partnership's page "
    "in article sections with a key-facts sidebar and a download link, about a boy of twelve told "
    "by members of a fans' server that hurting himself showed he belonged; a Word review of two "
    "sisters, both named on its cover, whom a player in a dancing game had dance on camera in "
    "their nightwear; a learning brief in plain text about neglected children whose online words "
    "are all incidental or denied), written and coded by hand before casebrief coded them and "
    "after codebook v30, and never used to tune anything.",
    "unseen-aw": "A forty-eighth set of reviews in other voices and layouts (a PDF with a cover page "
    "of its own and numbered paragraphs, about a girl whose cutting a man posing as a girl in a "
    "chat for teenagers who felt low scored and set; a Welsh child practice review in plain text "
    "that names its boy only where its outline begins, blackmailed over a picture by an account "
    "that followed him; a Word review with a cover table about a boy drawn by men in a game's "
    "voice channel towards attacking a mosque, told without the words 'extremist' or "
    "'radicalised'; a Markdown rapid review of a toddler's injuries whose online words are all "
    "incidental or denied), written and coded by hand before casebrief coded them and after "
    "narrative groups cb and cc, and never used to tune anything.",
    "unseen-ax": "A forty-ninth set of reviews in other voices and layouts (a Northern Irish case "
    "management review's executive summary in PDF with a running header, about a boy a group on a "
    "server made burn himself on a live call; a learning summary in plain text with bullet points "
    "about a girl whose classmates made nude pictures of her with an app; a Word review with a "
    "table of key practice episodes about a girl in care groomed by a man from a dating app; a "
    "partnership's page about a girl's death from a drug at a party whose online words are all "
    "incidental or denied), written and coded by hand before casebrief coded them and after "
    "narrative groups cd and ce and codebook v31, and never used to tune anything.",
    "unseen-ay": "A fiftieth set of reviews in other voices and layouts (a partnership's "
    "seven-minute briefing as a web page in numbered boxes, about a boy of eleven shown clips of "
    "men choking women during sex who then harmed a younger child; a Scottish learning review in "
    "Word with numbered paragraphs about a girl paid in gifts by viewers of her live streams; an "
    "older serious case review's executive summary in plain text with headings in capitals, about "
    "a boy met and abused by a player of a football game; a PDF rapid review of a girl's death "
    "whose online words are all incidental or denied), written and coded by hand before casebrief "
    "coded them and after narrative groups cf and cg, and never used to tune anything.",
    "unseen-az": "A fifty-first set of reviews in other voices and layouts, three of them short "
    "pages (a partnership's learning brief as a web page with navigation, about a girl in foster "
    "care given phone credit by a man on a chat app and pressed for pictures and a video; a Word "
    "review with its own section names in the panel's voice, about a boy blackmailed over a "
    "picture by boys at his school posing as a girl; a seven-minute briefing in PDF about a girl "
    "with anorexia whose eating an adult 'coach' met online set and checked; a practice learning "
    "summary in plain text about a baby's fractures and a Markdown rapid review of a boy's death "
    "from diabetes, whose online words are all incidental or denied), written and coded by hand "
    "before casebrief coded them and after codebook v32's screening rule, and never used to tune "
    "anything.",
    "unseen-ba": "A fifty-second set of reviews in other voices and layouts, four of them short "
    "pages (a partnership's web page of learning from a practice review, about a girl with a "
    "learning disability made the secret 'girlfriend' of a man posing as a boy, whose pictures were "
    "posted naming her school; a rapid review page that tells in three sentences of a girl filmed "
    "undressed at a party and the clip posted to a story; a seven-minute briefing in PDF about a "
    "girl on a suicide site whose users answered her questions about methods; a Word review with "
    "a cover table and its own section names about a boy whose live-stream viewers set dares in "
    "his underwear; a learning summary in plain text about a girl's neglect and a Markdown review "
    "of a baby's head injury, each with several faint online words and no online harm), written "
    "and coded by hand before casebrief coded them and after the training narratives ch to cy, "
    "and never used to tune anything before it was measured.",
    "unseen-bb": "A fifty-third set of reviews in other voices and layouts (an older serious case "
    "review's overview report in PDF, in long numbered paragraphs under a running header, about an "
    "autistic boy fed videos saying his country was being taken and drawn into a private channel "
    "that praised a mass killer; a Word review in numbered paragraphs about a girl blackmailed "
    "for money over pictures by accounts posing as a girl; a Scottish committee's page about a "
    "boy shown films of adults having sex by a cousin, told without the word for them; a rapid "
    "review in plain text of a young man's drowning and a Markdown page on siblings' neglect, "
    "each with several online words and no online harm), written and coded by hand before "
    "casebrief coded them and after the codebook readings made after set BA, and never used to "
    "tune anything before it was measured.",
    "unseen-bc": "A fifty-fourth set of reviews in other voices and layouts (a Welsh extended child "
    "practice review in PDF with a cover page and the report's own section names, about a girl "
    "with a learning disability met in a building game's chat and made to undress on video calls "
    "that were saved and held over her; a Word review with a cover table about a gay boy outed in "
    "a year-group chat and mocked by an anonymous account; a seven-minute briefing page about a "
    "boy given money and trainers by young men met through a video-sharing app; a five-sentence "
    "Scottish page about a girl of nine asked on calls to show her body; a plain-text review of a "
    "baby's shaking and a Markdown brief on a girl exploited by men met at a bus station, each "
    "with several online words and no online harm), written and coded by hand before casebrief "
    "coded them and after training narratives cz to dg, and never used to tune anything before it "
    "was measured.",
    "unseen-bd": "A fifty-fifth set of reviews in other voices and layouts (a practice review in "
    "PDF with three-level numbering and a marking above every page, about a boy blackmailed for "
    "money over a picture by a profile showing a girl, much of it told in practice sentences "
    "about the missing money; a Word review about a girl in groups that praised eating least, "
    "told without the usual words; a Scottish page with a key facts list about files of abused "
    "children traced to a mother's partner and what agencies did after; a plain-text rapid "
    "review of a boy's suicide and a Markdown summary of a baby's neglect, each with several "
    "online words and no online harm), written and coded by hand before casebrief coded them and "
    "after set BC's measurement and the reading changes it prompted, and never used to tune "
    "anything before it was measured.",
    "unseen-be": "A fifty-sixth set of reviews in other voices and layouts (a rapid review in PDF "
    "with paragraphs labelled 'Para' and a running title, about an autistic boy abused through a "
    "game's fan forum and private messages; a Word review told by the panel as 'we', about a "
    "looked-after girl whose picture was scored by an anonymous account; a Welsh learning "
    "summary about a boy who died copying a choking craze his feed kept showing him; a "
    "four-sentence Scottish page about a boy befriended in a football game by a false scout; a "
    "plain-text rapid review of a boy groomed in person into carrying drugs and a Markdown "
    "review of a baby's injuries where the father tracked the mother's phone, each with several "
    "online words and no online harm), written and coded by hand before casebrief coded them and "
    "after this release's hedge and suggestion-rule changes, and never used to tune anything "
    "before it was measured.",
    "unseen-bf": "A fifty-seventh set of reviews in other voices and layouts (an older serious "
    "case review's overview report in PDF under headings of its own choosing, about a girl of "
    "thirteen blackmailed for money over a picture by someone posing as a boy, much of it told "
    "through what a bank, a school and a nurse did; a Word learning review about a toddler filmed "
    "while abused by her mother's partner, who shared the recordings in a closed group; a "
    "partnership's page about a boy drawn to hatred by clips and a group chat, told without the "
    "usual words; a plain-text rapid review of a baby's death with a father gaming online and a "
    "mother harassed online by a former partner, and a Markdown brief about a boy's neglect "
    "where his stepfather read his mother's messages, each with several online words and no "
    "online harm), written and coded by hand before casebrief coded them and after set BE's "
    "reading changes and the child-age rule, and never used to tune anything before it was "
    "measured.",
    "unseen-bg": "A fifty-eighth set of reviews in other voices and layouts (a case management "
    "review's executive summary in PDF with headings in capitals, numbered paragraphs and a "
    "running header, about a boy of sixteen drawn into a video call, recorded and asked for gift "
    "cards; a Word practice review led by questions, about a girl in foster care watched on a "
    "live video app by men who sent her gifts; a seven-minute briefing page in numbered lists "
    "about an autistic boy paid in game coins for pictures; a plain-text learning review of a "
    "girl's overdose where the mother's former partner tracked and harassed the mother, and a "
    "Markdown rapid review of a boy's physical abuse where his father watched the mother on a "
    "kitchen camera and shared a video of her crying, each with several online words and no "
    "online harm), written and coded by hand before casebrief coded them and after the rule for "
    "online acts aimed at a parent, and never used to tune anything before it was measured.",
    "unseen-bh": "A fifty-ninth set of reviews in other voices and layouts (an overview report in "
    "Word told in long paragraphs of several sentences, about a girl of fifteen met by a man on "
    "an adults' app, given money and taken to hotels; a learning summary page about a boy of "
    "thirteen whose night-time feed turned to suicide, told without the usual words; a plain-text "
    "practice learning review in capitals and numbered paragraphs about a girl of twelve mocked "
    "in her year group's chat, whose picture a boy passed round; a Markdown rapid review of a "
    "boy's knife carrying where his stepfather threatened his mother by text and posted her "
    "address, and a Welsh concise review in PDF of a baby's neglect where her father gambled "
    "online, each with several online words and no online harm), written and coded by hand "
    "before casebrief coded them and after codebook v34 and the changes set BG prompted, and "
    "never used to tune anything before it was measured.",
    "unseen-bi": "A sixtieth set of reviews in other voices and layouts (a Welsh extended child "
    "practice review in PDF with learning points, about a girl of sixteen whose boyfriend "
    "tracked her phone, pressed her for pictures and spread them when she left him; a Word "
    "review with terms of reference and numbered paragraphs about a boy of fourteen drawn by "
    "older players in a game's party chat into carrying drugs, told without the usual words; a "
    "seven-minute briefing page in numbered boxes about a girl of eleven befriended on a chat "
    "app by a man posing as a girl of thirteen; a plain-text rapid review summary of a young "
    "carer's neglect, with a social worker's WhatsApp message and a video call, and a Markdown "
    "review of a toddler's head injury with the mother's dating app and a referral portal, each "
    "with several online words and no online harm), written and coded by hand before casebrief "
    "coded them and after the changes set BH prompted, and never used to tune anything before "
    "it was measured.",
    "unseen-bj": "A sixty-first set of reviews in other voices and layouts (a Scottish learning "
    "review in PDF under a child protection committee, about a girl of fifteen added to a group "
    "chat that advertised parties, where men groomed and abused her and passed the recordings "
    "round; a Northern Ireland case management review in Word with a table of agencies, about a "
    "boy of thirteen with a learning disability befriended by a player in a building game, made "
    "to undress on camera and to film his sister; a partnership page about a girl of twelve "
    "whose classmates made a naked picture of her with an app, told without its usual words; a "
    "plain-text review of a boy's death on an e-scooter with tributes online and a friend's "
    "video, and a Markdown rapid review of a baby's death on a sofa with a safe-sleep video and "
    "a family group chat, each with several online words and no online harm), written and coded "
    "by hand before casebrief coded them and after the changes set BI prompted, and never used "
    "to tune anything before it was measured.",
    "unseen-bk": "A sixty-second set of reviews in other voices and layouts (an older serious "
    "case review's executive summary in Word, with the words of its time, about a boy of "
    "fifteen met on a social networking site by a man posing as a student, abused before a "
    "webcam and then in person; a learning brief page about a girl of fourteen drawn into an "
    "extreme group through a game's voice server, partly in her own words; a rapid review in "
    "PDF with a running header about a girl of thirteen broadcasting to viewers who sent gifts "
    "and asked her to undress; a Word review of a girl's sexual exploitation by men who met her "
    "in person, whose phone held no messages from them, and a plain-text rapid review in "
    "capitals of a toddler's drowning with a video call, a home camera and an inquest streamed "
    "online, each with several online words and no online harm), written and coded by hand "
    "before casebrief coded them and after the changes set BJ prompted, and never used to tune "
    "anything before it was measured.",
    "unseen-bl": "A sixty-third set of reviews in other voices and layouts (a practice review "
    "in PDF set in two columns after its cover, about a gay boy of fifteen who met men on an app "
    "for adults, one of whom drew him in with a phone and taxis, abused him and filmed it; a "
    "Word review whose chronology is a table, about a father convicted of image offences who "
    "came back to the family, photographed his daughter and sent the photographs on; a "
    "partnership page folded into expandable panels about a girl of sixteen who agreed a night "
    "to die with a man she met on a site about ending one's life; a plain-text review wrapped "
    "with words broken across lines, about a boy of nine hurt by his stepfather, and a Markdown "
    "thematic review of a boy drawn into carrying drugs by older boys met in a park, each with "
    "several online words and no online harm), written and coded by hand before casebrief coded "
    "them and after the changes set BK prompted, and never used to tune anything before it was "
    "measured.",
    "unseen-bm": "A sixty-fourth set of reviews in other voices and layouts (a partnership page "
    "with a cookie banner, a breadcrumb and a sidebar of related pages with online words, about "
    "a girl of thirteen whose football coach sent her secret messages at night and asked for "
    "pictures of herself; a scanned review, an image-only PDF set slightly askew and read by "
    "OCR, about a girl of sixteen in care advertised for sex on an adult services website; a "
    "review saved from Word as a web page, about a boy of fourteen tricked by an older pupil "
    "into sending a video, made to pay and then shamed in a year group's chat; a Word review "
    "with bold paragraphs for headings, about a boy's fabricated illness that his mother "
    "publicised on social media, and a Windows-1252 plain-text rapid review of a girl's "
    "suicide with a goodbye text, a phone with nothing on it and parents with no worries about "
    "her phone, each with several online words and no online harm), written and coded by hand "
    "before casebrief coded them and after the changes set BL prompted, and never used to tune "
    "anything before it was measured.",
    "unseen-bn": "A sixty-fifth set of reviews in other voices and layouts (a review in PDF told in "
    "long justified paragraphs with footnote markers, about a neglected girl of twelve drawn in "
    "by a man posing as a boy in a building game, who had her undress on camera, the online "
    "part told in a few sentences among many about the family; a seven-minute briefing page in "
    "numbered boxes about an autistic girl of fifteen stopped at an airport on her way to meet a "
    "man she had talked to online for a year; a Markdown rapid review of a boy recruited to "
    "carry drugs through a post on a video app; a Word review of a boy's stabbing after selling "
    "drugs, with a glossary that defines online abuse in general, and a plain-text rapid review "
    "of a boy's drowning after a party, with friends' videos, location data and unanswered "
    "messages, each with several online words and no online harm), written and coded by hand "
    "before casebrief coded them and after the changes set BM prompted, and never used to tune "
    "anything before it was measured.",
    "unseen-bo": "A sixty-sixth set of reviews in other voices and layouts (a partnership page "
    "whose findings are a definition list, about a boy of thirteen who gave an adult age on a "
    "dating app for men and was abused by a man he met there; a paginated PDF with a contents "
    "page and a running header, about a girl of fifteen whose classmates made fake naked "
    "pictures of her from her profile photographs; a Markdown review opening with the child's "
    "own words in quotation blocks, about a girl of twelve with a learning disability groomed in "
    "a shooting game and pressed for pictures; a Word review of three young children's neglect "
    "with its recommendations in a table, and a plain-text review with underlined headings of a "
    "girl's suicide after her mother's death, each with several online words and no online "
    "harm), written and coded by hand before casebrief coded them and after the changes set BN "
    "prompted, and never used to tune anything before it was measured.",
    "unseen-bp": "A sixty-seventh set of reviews in other voices and layouts (a PDF whose cover "
    "sets the partnership's name in white on a coloured banner, with page numbers between dashes, "
    "about a boy of fifteen drawn by a commentator's videos and a group chat into planning an "
    "attack; a Word rapid review with the partnership in its header and footer and bold lines for "
    "headings, about a girl of fourteen drawn by recommended accounts into starving herself; a "
    "Markdown rapid review with findings in a numbered list and nested bullets, about a boy of "
    "eleven shown adult videos by his cousin; plain text with Windows line endings and tab "
    "indents about a girl in a children's home exploited by men who met her only in person, and "
    "a partnership's web page with a list of related documents about a boy bitten by a dog "
    "bought online, each with online words and no online harm), written and coded by hand before "
    "casebrief coded them and after the changes set BO prompted, and never used to tune anything "
    "before it was measured.",
    "unseen-bq": "A sixty-eighth set of reviews in other voices and layouts (a partnership's web "
    "page inside the site's cookie banner, menu, breadcrumb, share links and footer, about a boy "
    "of fourteen blackmailed over a picture by a fake girl's profile; a PDF whose chronology is a "
    "ruled table, about a girl of thirteen groomed on a live-streaming app; a Word review whose "
    "paragraphs Word numbers itself, about a toddler's neglect with online words and no online "
    "harm; Markdown with YAML front matter, about a girl of fifteen drawn into starving herself "
    "by her video feed; plain text hard-wrapped mid-sentence with a running footer and form "
    "feeds, about a girl of fourteen whose picture was shared around her year), written and "
    "coded by hand before casebrief coded them and after the changes set BP prompted, and never "
    "used to tune anything before it was measured.",
    "unseen-br": "A sixty-ninth set of reviews in other voices and layouts (a Word review whose "
    "findings sit in shaded one-cell tables, about a girl of seven filmed by a stepfather whose "
    "downloads of child abuse material had been traced months before; a web page whose headings "
    "are marked only for screen readers (role=heading), about a girl of fifteen targeted by an "
    "anonymous account and then by a man posing as a youth mentor; a seven-minute briefing "
    "exported from landscape slides, about a boy of eleven shown adult videos on the school bus; "
    "plain text with lettered findings, about a boy's death on a stolen motorbike with online "
    "words and no online harm), written and coded by hand before casebrief coded them and after "
    "the changes set BQ prompted, and never used to tune anything before it was measured.",
    "unseen-bs": "A seventieth set of reviews in other voices and layouts (a PDF whose "
    "chronology is a table with its cells set at the top, running over a page break under "
    "repeated heads, about a boy of fifteen recorded undressing on a video call and blackmailed; "
    "a six-sentence learning summary on a web page, about a girl of twelve sent sexual pictures "
    "by a man posing as a boy; a nine-sentence Markdown rapid review of a baby's fractured skull "
    "with online words and no online harm; a Word review in long narrative paragraphs, about a "
    "girl of fourteen whose feed and private group drove her cutting; plain text under dashed "
    "headings, about a boy of sixteen stabbed in a park, with online words and no online harm), "
    "written and coded by hand before casebrief coded them and after this release's PDF table "
    "reading and short-review scaling, and never used to tune anything before it was measured.",
    "unseen-bt": "A seventy-first set of reviews in other voices and layouts (a two-page PDF set "
    "as Word sets a report, its title run as its header and its chronology a table under centred "
    "heads, one of them a phrase, that runs on to the next page without them, about an autistic "
    "girl of twelve groomed in a building game and pressed for pictures; a Word review under "
    "headings of its own, about a boy of eleven sent violent and sexual videos by his cousin; a "
    "partnership's web page on two young siblings' neglect with online words and no online harm; "
    "plain text in numbered paragraphs, about a girl of fifteen mocked through an account in her "
    "name), written and coded by hand before casebrief coded them and after this release's "
    "reading of phrase heads and of prose after a PDF table, and never used to tune anything "
    "before it was measured.",
}


def build(folder: Path) -> dict:
    spec = importlib.util.spec_from_file_location(f"labels_{folder.name}", folder / "labels.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sentences = []
    for name, labels in module.LABELS.items():
        used = set()
        for sentence in parse_file(folder / name).sentences:
            hits = [entry for entry in labels if entry[0] in sentence.text]
            if len(hits) > 1:
                raise SystemExit(f"{name}: several fragments in one sentence: {sentence.text}")
            _, themes, kind = hits[0] if hits else (None, [], None)
            used.update(h[0] for h in hits)
            sentences.append(
                {
                    "file": name,
                    "page": sentence.page,
                    "text": sentence.text,
                    "themes": sorted(themes),
                    "negative": kind,
                }
            )
        missing = [entry[0] for entry in labels if entry[0] not in used]
        if missing:
            raise SystemExit(f"{name}: fragments not found in any sentence: {missing}")
    return {
        "description": DESCRIPTION.get(folder.name, "Reviews coded by hand."),
        "codebook": "online-harm",
        "truth": "truth.json",
        "split": {"test": sorted(module.LABELS)},
        "sentences": sentences,
    }


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        target = Path(arg) / "gold-unseen.json"
        target.write_text(json.dumps(build(Path(arg)), indent=1) + "\n", encoding="utf-8")
