// The page: sign-in, then a refresh every few seconds while the tab is open.
"use strict";

const Dashboard = {
  REFRESH_MS: 5000,
  ANALYTICS_MS: 60000,
  timer: null,
  analyticsTimer: null,
  wired: false,

  async start() {
    Dom.byId("login-form").addEventListener("submit", event => {
      event.preventDefault();
      Api.signIn(Dom.byId("token").value.trim());
      Dom.byId("token").value = "";
      Dashboard.open();
    });
    Dom.byId("sign-out").addEventListener("click", () => Dashboard.signOut());
    DeadLetters.init();
    Analytics.init();
    if (Api.token()) Dashboard.open();
    else Dashboard.showLogin();
  },

  async open() {
    try {
      const overview = await Api.get("/api/dashboard/overview");
      Dom.byId("login").hidden = true;
      Dom.byId("dashboard").hidden = false;
      Dom.byId("sign-out").hidden = false;
      const mode = Dom.byId("mode");
      mode.textContent = overview.mode + " mode";
      mode.hidden = false;
      const first = !Dashboard.wired;
      Dashboard.wired = true;
      if (first && overview.sandbox) Sandbox.init();
      await Promise.all([Dashboard.refreshNow(), first ? Mapping.init() : null, Analytics.refresh()]);
      Dashboard.timer = setInterval(() => Dashboard.refreshNow(), Dashboard.REFRESH_MS);
      Dashboard.analyticsTimer = setInterval(() => Analytics.refresh().catch(Dashboard.failed), Dashboard.ANALYTICS_MS);
    } catch (error) {
      Dashboard.failed(error);
    }
  },

  async refreshNow() {
    try {
      await Promise.all([Status.refresh(), DeadLetters.refresh(), Analytics.refreshLag()]);
      Dom.byId("refreshed").textContent = "updated " + new Date().toLocaleTimeString();
    } catch (error) {
      Dashboard.failed(error);
    }
  },

  /** A line in the activity log under the sandbox buttons (also used for replays). */
  note(message) {
    const log = Dom.byId("activity");
    log.prepend(Dom.el("li", {text: new Date().toLocaleTimeString() + "  " + message}));
    while (log.children.length > 8) log.lastChild.remove();
  },

  failed(error) {
    if (error instanceof Unauthorized) {
      Dashboard.signOut();
      Dom.byId("login-error").textContent = "That token was not accepted. Check GHLSYNC_ADMIN_TOKEN.";
      Dom.byId("login-error").hidden = false;
      return;
    }
    Dashboard.note("Problem: " + error.message);
  },

  signOut() {
    Api.signOut();
    clearInterval(Dashboard.timer);
    clearInterval(Dashboard.analyticsTimer);
    Dashboard.showLogin();
  },

  showLogin() {
    Dom.byId("dashboard").hidden = true;
    Dom.byId("sign-out").hidden = true;
    Dom.byId("login").hidden = false;
  }
};

document.addEventListener("DOMContentLoaded", () => Dashboard.start());
