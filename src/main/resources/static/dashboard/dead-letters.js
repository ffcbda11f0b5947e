// Dead letters: what failed after its retries, why, and a replay button.
"use strict";

const DeadLetters = {
  init() {
    Dom.byId("dl-status").addEventListener("change", () => DeadLetters.refresh().catch(Dashboard.failed));
    Dom.byId("dl-replay-all").addEventListener("click", () => DeadLetters.replayAll().catch(Dashboard.failed));
  },

  async refresh() {
    const status = Dom.byId("dl-status").value;
    const page = await Api.get("/api/dead-letters?limit=50" + (status ? "&status=" + status : ""));
    const open = status === "OPEN" ? page.total : (await Api.get("/api/dead-letters?status=OPEN&limit=1")).total;
    Dom.setText("tile-dead", open);
    Dom.setText("dl-total", page.total + " in total" + (page.total > page.items.length ? ", newest 50 shown" : ""));
    Dom.fillTable("dead-letters", page.items, row => [
      Dom.el("button", {type: "button", class: "link", text: String(row.id), onclick: () => DeadLetters.show(row.id)}),
      row.flow, [row.objectType, row.objectId].filter(Boolean).join(" ") || (row.eventKey || ""),
      Dom.el("span", {class: "error-text", title: row.errorType || "", text: row.errorMessage || ""}),
      row.attempts, Dom.time(row.lastFailedAt), Dom.badge(row.status),
      row.status === "OPEN"
        ? Dom.el("button", {type: "button", class: "replay", "data-id": String(row.id), text: "Replay",
            onclick: event => DeadLetters.replay(row.id, event.target).catch(Dashboard.failed)})
        : ""]);
  },

  async replay(id, button) {
    button.disabled = true;
    button.textContent = "Replaying…";
    const answer = await Api.post("/api/dead-letters/" + id + "/replay");
    Dashboard.note("Dead letter " + id + ": " + (answer.outcome === "RESOLVED" ? "resolved"
      : "failed again (" + (answer.errorMessage || "no message") + ")"));
    await Dashboard.refreshNow();
  },

  async replayAll() {
    const answer = await Api.post("/api/dead-letters/replay?limit=100");
    Dashboard.note("Replayed " + answer.replayed + ": " + answer.outcomes.RESOLVED + " resolved, "
      + answer.outcomes.FAILED_AGAIN + " failed again");
    await Dashboard.refreshNow();
  },

  async show(id) {
    const row = await Api.get("/api/dead-letters/" + id);
    const detail = Dom.byId("dl-detail");
    detail.replaceChildren(
      Dom.el("h3", {text: "Dead letter " + row.id + " — " + row.flow}),
      Dom.el("p", {text: (row.errorType || "") + ": " + (row.errorMessage || "")}),
      Dom.el("p", {class: "muted", text: "First failure " + Dom.time(row.firstFailedAt) + ", last "
        + Dom.time(row.lastFailedAt) + ", " + row.attempts + " attempts, " + row.replayCount + " replays"}),
      Dom.el("h4", {text: "Payload"}), Dom.el("pre", {text: JSON.stringify(row.payload, null, 2)}),
      Dom.el("h4", {text: "Headers"}), Dom.el("pre", {text: JSON.stringify(row.headers, null, 2)}),
      Dom.el("h4", {text: "History"}), Dom.el("pre", {text: JSON.stringify(row.history, null, 2)}));
    detail.hidden = false;
  }
};
