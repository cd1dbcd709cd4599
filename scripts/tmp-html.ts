import { extractArticle, fragmentText } from '../src/sources/html.js';
const page = `<!doctype html><html lang="en"><head><title>Big breach | Site</title><link rel="canonical" href="/news/big?utm_source=x"><meta property="article:published_time" content="2024-02-19T10:00:00Z"></head>
<body><nav><a href="/">Home</a><a href="https://site.com/about">About</a></nav><div class="cookie-banner">We use cookies <a href="https://site.com/privacy">policy</a></div>
<article><h1>Big breach</h1><time datetime="2024-02-19">Feb 19</time><p>Attackers used <b>evil[.]com</b> and 1.2.3[.]4 to steal data from many companies across several regions worldwide in a sustained campaign.</p><p>The campaign lasted weeks and affected more than 100 organisations in several countries, according to the researchers.</p>
<table><tr><th>Type</th><th>Value</th></tr><tr><td>SHA256</td><td>aa</td></tr></table><pre>line1
line2</pre><div class="share-bar"><a href="https://twitter.com/intent/tweet?url=x">Share</a></div></article>
<aside class="related"><a href="https://site.com/other">Other</a></aside><footer>© Site <a href="https://site.com">site.com</a></footer></body></html>`;
console.log(extractArticle(page, 'https://site.com/news/big'));
console.log(
  JSON.stringify(
    fragmentText(
      '<p>One</p><nav>Home</nav><p>Two <a href="x">link</a></p><ul><li>a</li><li>b</li></ul><div class="share">s</div>',
    ),
  ),
);
