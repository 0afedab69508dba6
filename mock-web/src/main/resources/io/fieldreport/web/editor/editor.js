// The office web editor: plain JavaScript against the web's own JSON API (docs/PROTOCOL.md and the
// "Web editor API" section). Every value from the web goes into the page as text, never as HTML.
"use strict";

const TOKEN_KEY = "fieldreport.office.token";
const RATING_LABELS = {
  satisfactory: "Satisfactory", maintenance: "Maintenance", defect: "Defect", safety: "Safety"
};

const state = { token: null, me: null, detail: null, comments: new Map(), photos: new Map(), photoUrls: [] };

const $ = (id) => document.getElementById(id);

class WebError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error.message : "The web answered " + status + ".");
    this.status = status;
    this.code = body && body.error ? body.error.code : null;
    this.body = body;
  }
}

async function api(method, path, body) {
  const headers = { "Authorization": "Bearer " + state.token };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new WebError(response.status, json);
  }
  return json;
}

function show(view) {
  for (const id of ["sign-in-view", "inspections-view", "inspection-view"]) {
    $(id).hidden = id !== view;
  }
}

function say(message, bad) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("bad", !!bad);
  status.hidden = !message;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function when(stamp) {
  const millis = Number(stamp.split("-")[0]);
  return new Date(millis).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

// ---- sign in ----

async function signIn(token) {
  state.token = token;
  const me = await api("GET", "/api/me");
  if (me.role !== "office") {
    throw new Error(me.name + " is an inspector. This editor is for office users; inspectors use the FieldReport app.");
  }
  state.me = me;
  sessionStorage.setItem(TOKEN_KEY, token);
  $("who").textContent = me.name;
  $("who").hidden = false;
  $("sign-out").hidden = false;
}

function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  state.token = null;
  state.me = null;
  $("who").hidden = true;
  $("sign-out").hidden = true;
  $("token").value = "";
  say("");
  show("sign-in-view");
}

// ---- inspections ----

async function listInspections() {
  const { inspections } = await api("GET", "/api/inspections");
  const list = $("inspections");
  list.replaceChildren();
  if (inspections.length === 0) {
    list.append(el("li", "card muted", "No inspections on the web yet."));
  }
  for (const inspection of inspections) {
    const li = el("li", "card");
    li.dataset.id = inspection.id;
    const text = el("div");
    text.append(el("h2", null, inspection.address));
    text.append(el("p", "muted", describe(inspection)));
    const right = el("div", "head-actions");
    right.append(el("span", "badge " + inspection.status, statusLabel(inspection.status)));
    const open = el("button", "primary open", "Open");
    open.type = "button";
    open.addEventListener("click", () => openInspection(inspection.id).catch(failed));
    right.append(open);
    li.append(text, right);
    list.append(li);
  }
  show("inspections-view");
}

function describe(inspection) {
  const parts = ["Client: " + inspection.clientName];
  if (inspection.scheduledDate) {
    // A calendar date, not an instant: read it as noon UTC so no time zone moves it to another day.
    const date = new Date(inspection.scheduledDate + "T12:00:00Z");
    parts.push(date.toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }));
  }
  if (inspection.inspectors && inspection.inspectors.length) {
    parts.push("Inspectors: " + inspection.inspectors.join(", "));
  }
  return parts.join(" · ");
}

function statusLabel(status) {
  return { scheduled: "Scheduled", in_progress: "In progress", published: "Published" }[status] || status;
}

// ---- one inspection ----

async function openInspection(id) {
  const detail = await api("GET", "/api/inspections/" + id);
  state.detail = detail;
  state.comments = new Map();
  state.photos = new Map();
  let since = "";
  for (;;) {
    const page = await api("GET", "/api/inspections/" + id + "/changes?limit=1000&since=" + encodeURIComponent(since));
    page.comments.forEach((c) => state.comments.set(c.id, c));
    page.photos.forEach((p) => state.photos.set(p.id, p));
    state.detail.inspection = page.inspection;
    since = page.nextCursor;
    if (!page.more) {
      break;
    }
  }
  renderInspection();
  show("inspection-view");
}

function renderInspection() {
  const inspection = state.detail.inspection;
  $("address").textContent = inspection.address;
  $("inspection-meta").textContent = describe(inspection);
  const badge = $("inspection-status");
  badge.textContent = statusLabel(inspection.status);
  badge.className = "badge " + inspection.status;
  const published = inspection.status === "published";
  $("publish").disabled = published;
  $("publish").textContent = published ? "Published" : "Publish report";

  state.photoUrls.forEach((url) => URL.revokeObjectURL(url));
  state.photoUrls = [];
  const onlyCommented = $("only-commented").checked;
  const byItem = new Map();
  for (const comment of state.comments.values()) {
    if (comment.deleted.value) {
      continue;
    }
    if (!byItem.has(comment.itemId)) {
      byItem.set(comment.itemId, []);
    }
    byItem.get(comment.itemId).push(comment);
  }
  const sections = $("sections");
  sections.replaceChildren();
  for (const section of state.detail.sections) {
    const block = el("section", "section");
    block.dataset.section = section.id;
    block.append(el("h2", null, section.title));
    let shown = 0;
    for (const item of section.items) {
      const comments = (byItem.get(item.id) || []).sort((a, b) => a.created.localeCompare(b.created));
      if (onlyCommented && comments.length === 0) {
        continue;
      }
      const itemBlock = el("div", "item" + (comments.length ? "" : " empty"));
      itemBlock.dataset.item = item.id;
      itemBlock.append(el("h3", null, item.title + (comments.length ? "" : " — no comments")));
      comments.forEach((c) => itemBlock.append(renderComment(c, published)));
      block.append(itemBlock);
      shown++;
    }
    if (shown === 0) {
      block.append(el("p", "muted", "No comments in this section."));
    }
    sections.append(block);
  }
}

function renderComment(comment, published) {
  const node = $("comment-template").content.firstElementChild.cloneNode(true);
  const rating = comment.rating.value || "unrated";
  node.dataset.commentId = comment.id;
  node.classList.add(rating);
  const badge = node.querySelector(".rating");
  badge.textContent = RATING_LABELS[rating] || "Not rated";
  badge.classList.add(rating);
  node.querySelector(".meta").textContent = comment.text.author + " · " + when(comment.text.stamp);
  node.querySelector(".text").textContent = comment.text.value || "(no text)";

  const photos = node.querySelector(".photos");
  for (const photo of state.photos.values()) {
    if (photo.commentId === comment.id && !photo.deleted.value) {
      photos.append(renderPhoto(photo));
    }
  }

  const form = node.querySelector(".editor");
  const edit = node.querySelector(".edit");
  edit.hidden = published;
  edit.addEventListener("click", () => openEditor(node, comment, null));
  node.querySelector(".cancel-edit").addEventListener("click", () => {
    form.hidden = true;
    edit.hidden = false;
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    saveEdit(comment, form).catch(failed);
  });
  return node;
}

/**
 * Shows a comment's edit form filled with the version on the page; with a draft, also the user's
 * unsaved edit. The form keeps what it showed: only the fields changed from it are sent, each with
 * the stamp of the version shown, so the web can refuse an edit made on a version replaced meanwhile.
 */
function openEditor(node, comment, draft) {
  const form = node.querySelector(".editor");
  const opened = {
    text: comment.text.value, textStamp: comment.text.stamp,
    rating: comment.rating.value || "unrated", ratingStamp: comment.rating.stamp
  };
  form.opened = opened;
  form.querySelector(".edit-text").value = opened.text;
  form.querySelector(".edit-rating").value = opened.rating;
  const box = form.querySelector(".draft");
  box.hidden = !draft;
  if (draft) {
    const parts = [];
    if (draft.text !== undefined) {
      parts.push(draft.text);
    }
    if (draft.rating !== undefined) {
      parts.push("Rating: " + (RATING_LABELS[draft.rating] || "Not rated"));
    }
    box.querySelector(".draft-text").textContent = parts.join("\n");
  }
  form.hidden = false;
  node.querySelector(".edit").hidden = true;
  form.querySelector(".edit-text").focus();
}

function renderPhoto(photo) {
  const figure = el("figure");
  const img = el("img");
  img.alt = photo.caption.value || "Photo";
  figure.append(img);
  if (photo.caption.value) {
    figure.append(el("figcaption", null, photo.caption.value));
  }
  const path = "/api/inspections/" + state.detail.inspection.id + "/photos/" + photo.content.value.sha256;
  fetch(path, { headers: { "Authorization": "Bearer " + state.token } })
    .then((response) => {
      if (!response.ok) {
        throw new Error("not on the web");
      }
      return response.blob();
    })
    .then((blob) => {
      const url = URL.createObjectURL(blob);
      state.photoUrls.push(url);
      img.src = url;
    })
    .catch(() => figure.replaceChildren(el("div", "missing", "Photo bytes not on the web yet")));
  return figure;
}

async function saveEdit(comment, form) {
  const opened = form.opened;
  const body = {};
  const text = form.querySelector(".edit-text").value;
  const rating = form.querySelector(".edit-rating").value;
  if (text !== opened.text) {
    body.text = text;
    body.textStamp = opened.textStamp;
  }
  if (rating !== opened.rating) {
    body.rating = rating;
    body.ratingStamp = opened.ratingStamp;
  }
  if (Object.keys(body).length === 0) {
    form.hidden = true;
    form.closest(".comment").querySelector(".edit").hidden = false;
    say("Nothing to save: the text and the rating are as they were.");
    return;
  }
  const save = form.querySelector(".save-edit");
  save.disabled = true;
  try {
    const updated = await api("POST", "/api/inspections/" + state.detail.inspection.id + "/comments/" + comment.id + "/edit", body);
    state.comments.set(updated.id, updated);
    renderInspection();
    say("Saved. Inspectors get this edit with their next Sync.");
  } catch (error) {
    if (!(error instanceof WebError && error.code === "edited_elsewhere" && error.body && error.body.current)) {
      throw error;
    }
    showNewerVersion(error.body.current, error.message, { text: body.text, rating: body.rating });
  } finally {
    save.disabled = false;
  }
}

/**
 * Someone changed the comment after the office user opened it: show the newer version, and open the
 * editor on it with the user's unsaved edit beside it, so they can make it again on what is there now.
 */
function showNewerVersion(current, message, draft) {
  state.comments.set(current.id, current);
  renderInspection();
  const node = document.querySelector("article[data-comment-id='" + current.id + "']");
  if (!node) {
    const lost = draft.text !== undefined ? " Your unsaved text: " + draft.text : "";
    say(message + lost, true);
    return;
  }
  openEditor(node, current, draft);
  say(message, true);
}

async function publish() {
  const inspection = state.detail.inspection;
  if (!confirm("Publish the report for " + inspection.address + "? Inspectors can no longer change it afterwards.")) {
    return;
  }
  state.detail.inspection = await api("POST", "/api/inspections/" + inspection.id + "/publish");
  renderInspection();
  say("Published. The web now refuses changes from laptops for this inspection.");
}

function failed(error) {
  if (error instanceof WebError && error.status === 401) {
    signOut();
    $("sign-in-error").textContent = "Your token is no longer valid; sign in again.";
    $("sign-in-error").hidden = false;
    return;
  }
  say(error.message, true);
}

// ---- wiring ----

document.addEventListener("DOMContentLoaded", () => {
  $("sign-in-form").addEventListener("submit", (event) => {
    event.preventDefault();
    $("sign-in-error").hidden = true;
    signIn($("token").value.trim())
      .then(listInspections)
      .catch((error) => {
        state.token = null;
        $("sign-in-error").textContent = error instanceof WebError && error.status === 401
          ? "That token is not known to the web." : error.message;
        $("sign-in-error").hidden = false;
      });
  });
  $("sign-out").addEventListener("click", signOut);
  $("back").addEventListener("click", () => {
    say("");
    listInspections().catch(failed);
  });
  $("publish").addEventListener("click", () => publish().catch(failed));
  $("only-commented").addEventListener("change", renderInspection);

  const saved = sessionStorage.getItem(TOKEN_KEY);
  if (saved) {
    signIn(saved).then(listInspections).catch(() => signOut());
  } else {
    show("sign-in-view");
  }
});
