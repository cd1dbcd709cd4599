/** The news center's one stylesheet, served at /assets/style.css. */
export const stylesheet = `
:root{--bg:#f6f7f9;--fg:#1b1f24;--muted:#5b6470;--card:#fff;--line:#dde1e6;--accent:#0b5cad;
--critical:#8b0000;--high:#c0392b;--medium:#b9770e;--low:#1e7e34;--info:#5b6470}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:var(--bg);color:var(--fg)}
a{color:var(--accent)}header.top{background:#10243e;color:#fff;padding:.8rem 1.5rem;display:flex;gap:1rem;align-items:center}
header.top a{color:#fff;text-decoration:none;font-weight:600}main{max-width:1100px;margin:0 auto;padding:1rem 1.5rem 3rem}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0}form.filters input[type=search]{flex:1;min-width:14rem;padding:.45rem}
form.filters select,form.filters button{padding:.45rem}
.story{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;margin:.6rem 0}
.story h2{font-size:1.05rem;margin:.2rem 0}.meta{color:var(--muted);font-size:.85rem}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:3px;color:#fff;font-size:.75rem;font-weight:700;letter-spacing:.03em}
.sev-CRITICAL{background:var(--critical)}.sev-HIGH{background:var(--high)}.sev-MEDIUM{background:var(--medium)}.sev-LOW{background:var(--low)}.sev-INFO{background:var(--info)}
.tag{display:inline-block;border:1px solid var(--line);border-radius:3px;padding:0 .4rem;font-size:.8rem;margin-right:.3rem;background:#fafbfc}
.scores{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}.score{flex:1 1 0;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.6rem 1rem;min-width:11rem}
.score b{display:block;font-size:1.4rem}section{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.4rem 1.2rem 1rem;margin:1rem 0}
section h2{font-size:1.1rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f2f5}code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85rem}
pre{background:#0f1720;color:#e6edf3;padding:.7rem;border-radius:4px;overflow-x:auto;white-space:pre-wrap}
.step{border-left:4px solid var(--accent);padding:.2rem .9rem;margin:.9rem 0}.step h3{font-size:1rem;margin:.3rem 0}
.refs{font-size:.85rem;color:var(--muted)}.empty{color:var(--muted);font-style:italic}
.dispute{border-left:4px solid var(--high);padding-left:.8rem}.factors td:nth-child(n+2){text-align:right}
sup a{text-decoration:none}.pager{margin-top:1rem}
header.top nav{margin-left:auto;display:flex;gap:1rem}header.top nav a{font-weight:400}
.health-ok{background:var(--low)}.health-failing{background:var(--critical)}.health-silent{background:var(--medium)}
button.copy{font-size:.75rem;padding:0 .4rem;margin-left:.3rem;cursor:pointer}button.copy[data-state=copied]{background:var(--low);color:#fff;border-color:var(--low)}
details.refanged{display:inline-block;font-size:.75rem;color:var(--muted);margin-left:.3rem}details.refanged input{font:inherit;font-family:ui-monospace,monospace;width:22rem;max-width:100%}
.score code.vector{display:block;font-size:.75rem;word-break:break-all}#scoring td:nth-child(2),#scoring td:nth-child(3),#scoring td:nth-child(4){white-space:nowrap}#factors td:last-child{text-align:left}#cvss-scores{margin-top:.8rem}
table.record th{width:11rem}table.record ul,table.record ol{margin:0;padding-left:1.1rem}.unknown{color:var(--muted);font-style:italic}
`;
