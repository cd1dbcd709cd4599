import type { Child } from 'hono/jsx';

export function Layout(props: { title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · threat-newsroom</title>
        <link rel="stylesheet" href="/assets/style.css" />
      </head>
      <body>
        <header class="top">
          <a href="/">threat-newsroom</a>
          <span>Cyber threat intelligence news center</span>
          <nav>
            <a href="/">Stories</a>
            <a href="/sources">Sources</a>
          </nav>
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

export function Severity(props: { level: string }) {
  return <span class={`badge sev-${props.level}`}>{props.level}</span>;
}

/** Citation marks linking to the numbered sources of the item page. */
export function Cites(props: { cites: number[] }) {
  if (props.cites.length === 0) return <></>;
  return (
    <sup>
      {props.cites.map((n) => (
        <a href={`#source-${n}`}>[{n}]</a>
      ))}
    </sup>
  );
}

export function Empty(props: { children: Child }) {
  return <p class="empty">{props.children}</p>;
}

/** Playbook prose: text between backticks is a command, shown as code (still escaped). */
export function Prose(props: { text: string }) {
  return <p>{props.text.split('`').map((part, index) => (index % 2 === 1 ? <code>{part}</code> : part))}</p>;
}
