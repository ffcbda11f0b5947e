// Flows, recent events and locations: what is running, what came in, who is authorised.
"use strict";

const Status = {
  lastExchanges: {},
  lastReadAt: null,

  async refresh() {
    const [flows, events, locations] = await Promise.all([
      Api.get("/api/dashboard/flows"), Api.get("/api/dashboard/events?limit=10"), Api.get("/api/dashboard/locations")]);
    Status.showFlows(flows);
    Status.showEvents(events);
    Status.showLocations(locations);
  },

  showFlows(flows) {
    const now = Date.now();
    const minutes = Status.lastReadAt ? (now - Status.lastReadAt) / 60000 : null;
    Dom.fillTable("flows", flows, flow => {
      const before = Status.lastExchanges[flow.id];
      const rate = minutes && before !== undefined ? Math.round((flow.exchanges - before) / minutes) : "…";
      const lag = flow.lag ? Math.round(flow.lag.meanMillis) + " ms / " + Math.round(flow.lag.maxMillis) + " ms" : "no syncs yet";
      return [Dom.el("span", {title: flow.description || "", text: flow.id}), flow.group,
        Dom.badge(flow.status === "Started" ? "running" : flow.status.toLowerCase()), flow.exchanges, rate,
        flow.failed, flow.deadLettersOpen, lag];
    });
    flows.forEach(flow => { Status.lastExchanges[flow.id] = flow.exchanges; });
    Status.lastReadAt = now;
    Dom.byId("flows-empty").hidden = flows.length > 0;
    Dom.setText("tile-flows", flows.filter(flow => flow.status === "Started").length + " of " + flows.length);
  },

  showEvents(events) {
    const counts = events.counts;
    Dom.setText("tile-events", Object.values(counts).reduce((a, b) => a + b, 0));
    Dom.setText("tile-waiting", (counts.NEW || 0) + (counts.CLAIMED || 0));
    Dom.setText("tile-failed", counts.FAILED || 0);
    Dom.fillTable("events", events.recent, event => [event.id, Dom.time(event.receivedAt), event.source, event.type,
      event.locationId || "", Dom.badge(event.status), event.attempts,
      Dom.el("span", {class: "error-text", text: event.lastError || ""})]);
  },

  showLocations(locations) {
    Dom.fillTable("locations", locations, location => [location.locationId,
      location.auth || "none", Dom.badge(location.status), location.reason || "", Dom.time(location.expiresAt),
      location.budgetRemaining === null ? "not reported yet" : location.budgetRemaining]);
  }
};
