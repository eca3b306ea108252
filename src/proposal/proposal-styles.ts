import type { ProposalTheme } from './proposal-theme.ts';

/**
 * The proposal's whole stylesheet, inlined so the file opens offline and prints the same anywhere:
 * system fonts only, fluid layout from 320 px up, and print rules for A4 with one section per page.
 */
export function proposalStyles(theme: ProposalTheme): string {
  return `
:root { --paper: ${theme.paper}; --text: ${theme.text}; --muted: ${theme.muted}; --heading: ${theme.heading};
  --band: ${theme.band}; --band-text: ${theme.bandText}; --accent: ${theme.accent}; --tint: ${theme.tint}; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--text); line-height: 1.55;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  overflow-wrap: anywhere; }
.wrap { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
a { color: var(--heading); }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); color: var(--heading); padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 2; }
header.band { background: var(--band); color: var(--band-text); padding: 2.5rem 0 2rem; border-bottom: .5rem solid var(--accent); }
.wordmark { margin: 0 0 1.5rem; font-weight: 800; letter-spacing: .08em; text-transform: uppercase; font-size: .95rem; }
h1 { margin: 0 0 .5rem; font-size: clamp(1.75rem, 6vw, 2.75rem); line-height: 1.15; }
.tagline { margin: 0 0 1rem; font-size: 1.15rem; font-style: italic; }
.summary { margin: 0; max-width: 42rem; font-size: 1.05rem; }
nav { border-bottom: 1px solid var(--tint); background: var(--paper); }
nav ul { list-style: none; margin: 0; padding: .75rem 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
nav a { display: inline-block; padding: .25rem 0; font-weight: 600; text-decoration: none; }
nav a:hover, nav a:focus { text-decoration: underline; }
main { padding: 1rem 0 2rem; }
section { padding: 1.5rem 0; border-bottom: 1px solid var(--tint); }
section:last-child { border-bottom: 0; }
h2 { color: var(--heading); font-size: clamp(1.35rem, 4.5vw, 1.75rem); line-height: 1.2; margin: 0 0 .75rem; }
h3 { color: var(--heading); font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
p { margin: 0 0 .85rem; }
.glance { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .75rem; margin: 0; }
.glance div { background: var(--tint); border-radius: .5rem; padding: .85rem 1rem; }
.glance dt { font-size: .85rem; font-weight: 600; }
.glance dd { margin: .15rem 0 0; font-size: 1.2rem; font-weight: 700; color: var(--heading); }
.cards { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
.card { background: var(--tint); border-radius: .5rem; padding: 1rem 1.1rem; border-top: .25rem solid var(--accent); }
.card h3 { margin-top: 0; }
.card p { margin-bottom: .5rem; }
.meta { font-weight: 600; }
.table-scroll { max-width: 100%; overflow-x: auto; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: .4rem; color: var(--muted); }
th, td { overflow-wrap: break-word; text-align: left; padding: .55rem .5rem; border-bottom: 1px solid var(--tint); vertical-align: top; }
td.amount, th.amount { text-align: right; }
td.amount { white-space: nowrap; }
thead th { background: var(--tint); font-size: .9rem; }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--text); border-bottom: 0; }
.small { font-size: .85rem; color: var(--muted); display: block; font-weight: 400; }
ol.timeline { list-style: none; padding: 0; margin: 0; display: grid; gap: .75rem; }
ol.timeline li { border-left: .3rem solid var(--accent); padding: .25rem 0 .25rem 1rem; }
ol.timeline h3 { margin: 0 0 .25rem; }
ol.steps { padding-left: 1.4rem; margin: 0; }
ol.steps li { margin-bottom: .5rem; }
footer { border-top: 1px solid var(--tint); padding: 1.25rem 0 2rem; color: var(--muted); font-size: .9rem; }
footer p { margin: 0 0 .3rem; }
@media (max-width: 30rem) {
  body { font-size: 15px; }
  .wrap { padding: 0 1rem; }
  th, td { padding: .45rem .3rem; font-size: .88rem; }
}
@page { size: A4; margin: 16mm 14mm; }
@media print {
  nav, .skip { display: none !important; }
  body { font-size: 11pt; background: #ffffff; }
  header.band, .card, .glance div, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  header.band { padding: 1.25rem 0; }
  .wrap { max-width: none; padding: 0; }
  main { padding: 0; }
  main section { break-before: page; border-bottom: 0; }
  main section:first-child { break-before: auto; }
  h2, h3 { break-after: avoid; }
  .card, .glance div, tr, ol.timeline li { break-inside: avoid; }
  .table-scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
`.trim();
}
