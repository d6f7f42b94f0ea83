// casebrief: the little behaviour the pages need. No data is ever inserted as HTML.
"use strict";

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

// Selects that submit their form when changed (filters, codebook switchers).
document.querySelectorAll("select[data-autosubmit]").forEach((select) => {
  select.addEventListener("change", () => select.form.submit());
});

// Coding review: a accept, r reject, n next; not while typing in a field.
(function codingShortcuts() {
  const form = document.getElementById("decide");
  const next = document.getElementById("next-link");
  if (!form && !next) return;
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest && target.closest("input, textarea, select")) return;
    const key = event.key.toLowerCase();
    if (form && (key === "a" || key === "r")) {
      event.preventDefault();
      form.querySelector(key === "a" ? "button.accept" : "button.reject").click();
    } else if (next && (key === "n" || key === "j")) {
      event.preventDefault();
      window.location.href = next.href;
    }
  });
})();

// Review page: select text within one sentence to fill the "add a coding" form.
(function addCodingFromSelection() {
  const form = document.getElementById("add-coding");
  const text = document.getElementById("review-text");
  if (!form || !text) return;
  function offsetWithin(sentence, node, offset) {
    const range = document.createRange();
    range.selectNodeContents(sentence);
    range.setEnd(node, offset);
    return range.toString().length;
  }
  document.addEventListener("selectionchange", () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const startEl = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    const endEl = range.endContainer.nodeType === 1 ? range.endContainer : range.endContainer.parentElement;
    const sentence = startEl && startEl.closest(".sentence");
    if (!sentence || !endEl || endEl.closest(".sentence") !== sentence) return;
    let start = offsetWithin(sentence, range.startContainer, range.startOffset);
    let end = offsetWithin(sentence, range.endContainer, range.endOffset);
    const whole = sentence.textContent;
    while (start < end && /\s/.test(whole[start])) start++;
    while (end > start && /\s/.test(whole[end - 1])) end--;
    if (end <= start) return;
    form.elements.sentence_id.value = sentence.dataset.sid;
    form.elements.start.value = String(start);
    form.elements.end.value = String(end);
    document.getElementById("selected-text").textContent = whole.slice(start, end);
    form.hidden = false;
    const hint = document.getElementById("selection-hint");
    if (hint) hint.hidden = true;
  });
})();

// Review page: outline the sentence a link pointed to.
(function markTarget() {
  if (!location.hash.startsWith("#s")) return;
  const target = document.getElementById(location.hash.slice(1));
  if (target) target.classList.add("target");
})();

// Upload: send with progress, then show the server's table of results.
(function uploadWithProgress() {
  const form = document.getElementById("upload-form");
  if (!form) return;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const progress = document.getElementById("upload-progress");
    const status = document.getElementById("upload-status");
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("X-CSRF-Token", csrfToken());
    request.upload.addEventListener("progress", (e) => {
      if (!e.lengthComputable) return;
      progress.hidden = false;
      progress.value = Math.round((100 * e.loaded) / e.total);
      status.textContent = progress.value < 100 ? `Uploading… ${progress.value}%` : "Reading and storing the reports…";
    });
    request.addEventListener("load", () => {
      progress.hidden = true;
      if (request.status === 413) {
        status.textContent = "Refused: the upload is too large.";
        return;
      }
      const page = new DOMParser().parseFromString(request.responseText, "text/html");
      const results = page.getElementById("upload-results");
      const error = page.querySelector(".error");
      document.getElementById("upload-results").replaceChildren(...(results ? results.childNodes : []));
      status.textContent = error ? error.textContent : "Done.";
      form.reset();
    });
    request.addEventListener("error", () => {
      status.textContent = "The upload failed: is the server still running?";
    });
    request.send(new FormData(form));
  });
})();
