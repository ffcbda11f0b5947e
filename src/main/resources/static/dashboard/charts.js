// Charts drawn with uPlot (MIT), served from the application's jar as a webjar.
"use strict";

const Charts = {
  PALETTE: ["#2563eb", "#16a34a", "#dc2626", "#9333ea", "#ea580c", "#0891b2", "#64748b"],
  drawn: {},

  /** One value per UTC day; `days` are ISO dates, `series` maps a name to its values. */
  daily(id, days, series, options) {
    const xs = days.map(day => Date.parse(day + "T00:00:00Z") / 1000);
    Charts.draw(id, xs, series, options || {});
  },

  /** Readings at epoch seconds; null where there was none. */
  timeline(id, times, series) {
    Charts.draw(id, times, series, {});
  },

  draw(id, xs, series, options) {
    const target = Dom.byId(id);
    if (Charts.drawn[id]) {
      Charts.drawn[id].destroy();
      delete Charts.drawn[id];
    }
    const names = Object.keys(series);
    if (xs.length === 0 || names.length === 0) {
      target.replaceChildren(Dom.el("p", {class: "muted", text: "Nothing to show yet."}));
      return;
    }
    target.replaceChildren();
    const opts = {
      width: Math.max(280, target.clientWidth || 480),
      height: 200,
      legend: {live: false},
      scales: {x: {time: true}},
      series: [{}].concat(names.map((name, i) => {
        const color = Charts.PALETTE[i % Charts.PALETTE.length];
        const line = {label: name, stroke: color, width: 2, spanGaps: false, points: {show: xs.length < 40}};
        if (options.bars) {
          line.fill = color + "99";
          line.paths = uPlot.paths.bars({size: [0.7, 40]});
          line.points = {show: false};
        }
        return line;
      }))
    };
    Charts.drawn[id] = new uPlot(opts, [xs].concat(names.map(name => series[name])), target);
  }
};
