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

// Review page: sections not rendered with the page are fetched as the reader nears them, or
// when a link in the outline or the evidence panel points into one. Without script, those
// links open the page with that section rendered.
const reviewSections = (function lazySections() {
  const pending = new Map();
  function load(section) {
    if (!section || !section.dataset.src) return Promise.resolve();
    if (!pending.has(section.id)) {
      pending.set(section.id, fetch(section.dataset.src, { headers: { Accept: "text/html" } })
        .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
        .then((html) => {
          const holder = document.createElement("div");
          holder.innerHTML = html.trim();
          const fresh = holder.querySelector("section");
          if (fresh) section.replaceWith(fresh);
        })
        .catch(() => pending.delete(section.id)));
    }
    return pending.get(section.id);
  }
  const waiting = document.querySelectorAll("section[data-src]");
  if ("IntersectionObserver" in window && waiting.length) {
    const observer = new IntersectionObserver((entries) => {
      entries.forEach((entry) => {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          load(entry.target);
        }
      });
    }, { rootMargin: "1200px 0px" });
    waiting.forEach((section) => observer.observe(section));
  }
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-section]");
    if (!link) return;
    const section = document.getElementById("sec-" + link.dataset.section);
    if (!section || !section.dataset.src) return;  // already on the page: the hash will do
    event.preventDefault();
    const hash = new URL(link.href, location.href).hash;
    load(section).then(() => {
      history.pushState(null, "", hash);
      markTarget();
      const target = document.getElementById(hash.slice(1));
      if (target) target.scrollIntoView();
    });
  });
  return { load };
})();

// Review page: outline the sentence a link pointed to.
function markTarget() {
  document.querySelectorAll(".sentence.target").forEach((el) => el.classList.remove("target"));
  if (!location.hash.startsWith("#s")) return;
  const target = document.getElementById(location.hash.slice(1));
  if (target) target.classList.add("target");
}
markTarget();

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
