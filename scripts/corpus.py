#!/usr/bin/env python3
"""Writes N news articles as a corpus for scripts/throughput.sh, in one of the formats `newsgraph ingest` reads.

The articles come from ../shared/data/news-unlabeled (one a line: title<TAB>body). Beyond the ~23,000 real ones,
article k is synthetic: the body of real article k mod M followed by the body of another, with k in its title, so each
is distinct (own content hash and URL) while the vocabulary stays real; its story clusters mean nothing.

Formats (folders of 1,000 files, or of 10 feed/WARC files):
  text  one file per article: title, blank line, body
  html  one news page per article: head metadata (title, og:title, article:published_time, canonical link, author),
        site header, navigation, byline, the body in <p> paragraphs inside <article>, related links and a footer
  rss   RSS 2.0 feeds of 100 items, each item's page body in content:encoded
  atom  Atom feeds of 100 entries, each entry's page body in <content type="html">
  warc  gzipped WARC/1.0 files of 1,000 captures (request and response record each, every record its own gzip
        member, as crawls publish them), the response holding HTTP headers and the HTML page

Not product code: a measurement aid. Usage: corpus.py N FORMAT OUTDIR
"""
import datetime
import gzip
import html
import os
import re
import sys
import uuid

SITE = "The Daily Ledger"
HOST = "news.example.com"
SECTIONS = ["world", "business", "politics", "technology", "markets", "sport"]
AUTHORS = ["Maria Alvarez", "John Okafor", "Li Wei", "Sarah Thompson", "Ahmed Hassan", "Anna Kowalska"]
FEED_ITEMS = 100
WARC_CAPTURES = 1000
FOLDER_FILES = 1000
SENTENCES_PER_PARAGRAPH = 3
START = datetime.date(2020, 1, 1)
DAYS = 5 * 365

SENTENCE_END = re.compile(r'(?<=[.!?])["\']?\s+(?=["\']?[A-Z])')


def load(root):
    articles = []
    for name in ("reuters21578.txt", "bbc.txt"):
        with open(os.path.join(root, name), encoding="utf-8") as f:
            for line in f:
                title, _, body = line.rstrip("\n").partition("\t")
                if body.strip():
                    articles.append((title.strip(), body.strip()))
    return articles


def article(articles, k):
    m = len(articles)
    title, body = articles[k % m]
    if k >= m:
        j = (k * 7919 + 13) % m
        return f"{title} ({k})", body, articles[j][1]
    return title, body, None


def paragraphs(body):
    sentences = SENTENCE_END.split(body)
    return [" ".join(sentences[i:i + SENTENCES_PER_PARAGRAPH]) for i in range(0, len(sentences), SENTENCES_PER_PARAGRAPH)]


def meta(k):
    date = START + datetime.timedelta(days=(k * 37) % DAYS)
    when = datetime.datetime(date.year, date.month, date.day, 6 + k % 14, (k * 7) % 60, tzinfo=datetime.timezone.utc)
    section = SECTIONS[k % len(SECTIONS)]
    author = AUTHORS[(k // 7) % len(AUTHORS)]
    return when, section, author


def slug(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "story"


def url(k, title):
    when, section, _ = meta(k)
    return f"https://{HOST}/{section}/{when:%Y/%m/%d}/{slug(title)}-{k}"


def body_html(body, second):
    parts = [f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs(body)]
    if second:
        parts.append("<h2>In other news</h2>")
        parts += [f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs(second)]
    return "\n".join(parts)


def page(articles, k):
    title, body, second = article(articles, k)
    when, section, author = meta(k)
    t = html.escape(title or "News", quote=True)
    related = "\n".join(
        f'<li><a href="{url(r, articles[r % len(articles)][0])}">{html.escape(articles[r % len(articles)][0])}</a></li>'
        for r in ((k * 31 + 1) % len(articles), (k * 17 + 5) % len(articles), (k * 13 + 9) % len(articles)))
    nav = "".join(f'<li><a href="/{s}">{s.title()}</a></li>' for s in SECTIONS)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} | {SITE}</title>
<meta property="og:title" content="{t}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{SITE}">
<meta property="article:published_time" content="{when:%Y-%m-%dT%H:%M:%SZ}">
<meta property="article:section" content="{section.title()}">
<meta name="author" content="{author}">
<link rel="canonical" href="{url(k, title)}">
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "{section}"}});</script>
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Learn more</a> <button>Accept</button></div>
<header class="site-header"><a class="logo" href="/">{SITE}</a>
<nav class="main-nav"><ul>{nav}<li><a href="/subscribe">Subscribe</a></li></ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"></form>
</header>
<main>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{section}">{section.title()}</a></div>
<article class="story">
<h1 class="headline">{t}</h1>
<div class="byline">By <a rel="author" href="/authors/{slug(author)}">{author}</a> &middot; <time datetime="{when:%Y-%m-%dT%H:%M:%SZ}">{when:%B %d, %Y}</time></div>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<div class="story-body">
{body_html(body, second)}
</div>
</article>
<aside class="related"><h2>Related stories</h2><ul>
{related}
</ul></aside>
<div class="newsletter"><h3>Sign up for our morning briefing</h3><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
</main>
<footer class="site-footer"><nav><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></nav>
<p>&copy; 2025 {SITE}. All rights reserved.</p></footer>
</body>
</html>
"""


def rss(articles, first, count):
    items = []
    for k in range(first, first + count):
        title, body, second = article(articles, k)
        when, section, author = meta(k)
        link = url(k, title)
        items.append(f"""<item>
<title>{html.escape(title)}</title>
<link>{link}</link>
<guid isPermaLink="true">{link}</guid>
<pubDate>{when:%a, %d %b %Y %H:%M:%S} +0000</pubDate>
<dc:creator>{author}</dc:creator>
<category>{section.title()}</category>
<description>{html.escape(paragraphs(body)[0][:200])}</description>
<content:encoded><![CDATA[{body_html(body, second).replace("]]>", "]]]]><![CDATA[>")}]]></content:encoded>
</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{SITE}</title>
<link>https://{HOST}/</link>
<atom:link href="https://{HOST}/feed/{first // count}.xml" rel="self" type="application/rss+xml"/>
<description>Latest news from {SITE}</description>
<language>en</language>
{chr(10).join(items)}
</channel>
</rss>
"""


def atom(articles, first, count):
    entries = []
    for k in range(first, first + count):
        title, body, second = article(articles, k)
        when, section, author = meta(k)
        link = url(k, title)
        entries.append(f"""<entry>
<title type="text">{html.escape(title)}</title>
<link rel="alternate" type="text/html" href="{link}"/>
<id>{link}</id>
<published>{when:%Y-%m-%dT%H:%M:%SZ}</published>
<updated>{when:%Y-%m-%dT%H:%M:%SZ}</updated>
<author><name>{author}</name></author>
<category term="{section}"/>
<summary type="text">{html.escape(paragraphs(body)[0][:200])}</summary>
<content type="html">{html.escape(body_html(body, second))}</content>
</entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>{SITE}</title>
<id>https://{HOST}/</id>
<link rel="self" href="https://{HOST}/atom/{first // count}.xml"/>
<updated>{START:%Y-%m-%d}T00:00:00Z</updated>
{chr(10).join(entries)}
</feed>
"""


def warc_record(kind, target, when, block, content_type, concurrent=None):
    record_id = f"<urn:uuid:{uuid.uuid4()}>"
    headers = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: {record_id}",
        f"WARC-Date: {when:%Y-%m-%dT%H:%M:%SZ}",
    ]
    if target:
        headers.append(f"WARC-Target-URI: {target}")
    if concurrent:
        headers.append(f"WARC-Concurrent-To: {concurrent}")
    headers += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    record = ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"
    return record_id, gzip.compress(record, compresslevel=6)


def warc(articles, first, count, name):
    crawl = datetime.datetime(2025, 6, 1, tzinfo=datetime.timezone.utc)
    info = f"software: corpus.py\r\nformat: WARC File Format 1.0\r\nisPartOf: newsgraph-throughput\r\n".encode()
    parts = [warc_record("warcinfo", None, crawl, info, "application/warc-fields")[1]]
    for k in range(first, first + count):
        title, _, _ = article(articles, k)
        target = url(k, title)
        host_path = target.split("://", 1)[1]
        path = host_path[host_path.index("/"):]
        page_bytes = page(articles, k).encode("utf-8")
        when = crawl + datetime.timedelta(seconds=k)
        request = f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nUser-Agent: newsgraph-bench/1.0\r\nAccept: text/html\r\n\r\n".encode()
        request_id, gz = warc_record("request", target, when, request, "application/http; msgtype=request")
        parts.append(gz)
        response = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(page_bytes)}\r\n"
                    f"Date: {when:%a, %d %b %Y %H:%M:%S} GMT\r\nServer: nginx\r\nCache-Control: max-age=60\r\n\r\n").encode() + page_bytes
        parts.append(warc_record("response", target, when, response, "application/http; msgtype=response", request_id)[1])
    with open(name, "wb") as f:
        f.write(b"".join(parts))


def main():
    if len(sys.argv) != 4 or sys.argv[2] not in ("text", "html", "rss", "atom", "warc"):
        sys.exit("usage: corpus.py N text|html|rss|atom|warc OUTDIR")
    n, kind, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "news-unlabeled")
    articles = load(root)
    per_file = {"text": 1, "html": 1, "rss": FEED_ITEMS, "atom": FEED_ITEMS, "warc": WARC_CAPTURES}[kind]
    files_per_folder = FOLDER_FILES if per_file == 1 else 10
    for index, first in enumerate(range(0, n, per_file)):
        folder = os.path.join(out, f"{index // files_per_folder:03d}")
        os.makedirs(folder, exist_ok=True)
        count = min(per_file, n - first)
        if kind == "text":
            title, body, second = article(articles, first)
            with open(os.path.join(folder, f"{first:06d}.txt"), "w", encoding="utf-8") as f:
                f.write(f"{title}\n\n{body}" + (f" {second}" if second else "") + "\n")
        elif kind == "html":
            with open(os.path.join(folder, f"{first:06d}.html"), "w", encoding="utf-8") as f:
                f.write(page(articles, first))
        elif kind == "rss":
            with open(os.path.join(folder, f"{first:06d}.rss.xml"), "w", encoding="utf-8") as f:
                f.write(rss(articles, first, count))
        elif kind == "atom":
            with open(os.path.join(folder, f"{first:06d}.atom.xml"), "w", encoding="utf-8") as f:
                f.write(atom(articles, first, count))
        else:
            warc(articles, first, count, os.path.join(folder, f"{first:06d}.warc.gz"))


if __name__ == "__main__":
    main()
