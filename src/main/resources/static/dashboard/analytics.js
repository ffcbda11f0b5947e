// Analytics across endpoints (from the contacts' snapshots) and sync lag over time.
"use strict";

const Analytics = {
  init() {
    Dom.byId("days").addEventListener("change", () => Analytics.refresh().catch(Dashboard.failed));
  },

  async refresh() {
    const report = await Api.get("/api/dashboard/analytics?days=" + Dom.byId("days").value);
    Dom.setText("tasks-open", report.tasks.open);
    Dom.setText("tasks-overdue", report.tasks.overdue);
    Dom.setText("tasks-completed", report.tasks.completed);
    Dom.setText("analytics-note", report.scanned + " contacts" + (report.complete ? "" : " (the most recently changed; there are more)"));
    Charts.daily("chart-sources", report.days, report.contactsBySource);
    Charts.daily("chart-tags", report.days, report.contactsByTag);
    Charts.daily("chart-tasks", report.days, report.tasks.dueByDay);
    Charts.daily("chart-notes", report.days, {notes: report.notesPerDay}, {bars: true});
    await Analytics.refreshLag();
  },

  async refreshLag() {
    const lag = await Api.get("/api/dashboard/lag");
    Charts.timeline("chart-lag", lag.times, lag.flows);
  }
};
