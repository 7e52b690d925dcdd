#!/usr/bin/env python3
"""Byline's feed reading against Python feedparser's, on feedparser's own test feeds.

Runs feedparser and `byline feeds parse --json` on every file of feedparser's
test suite (tests/wellformed, illformed, encoding, entities, json) whose format
Byline claims -- RSS 0.9x/1.0/2.0, Atom 1.0 and JSON Feed, as feedparser tells
them -- and prints:

  - files in scope, read by feedparser (with the entries that have a title, a
    link or text), read by Byline, and read by Byline with those entries;
  - the reasons Byline rejected files for, grouped;
  - on items paired with feedparser's entries (by id, then link, then
    position): how often title, link, date and content agree. Whitespace is
    normalised, HTML is compared as its text (tags dropped, entities decoded),
    dates to the minute in UTC, and a field both leave empty agrees.

Files whose path contains "http" carry `Header: Name: value` lines in their
opening comment; both readers get them as response headers (Content-Type
defaults to text/xml, as in feedparser's harness) and the address
http://127.0.0.1:8097/<path>, where feedparser's harness serves them.

Usage (feedparser installed in a virtual environment):
    python3 -m venv /tmp/anchors && /tmp/anchors/bin/pip install feedparser
    swift build --product byline
    /tmp/anchors/bin/python Scripts/feeds-vs-feedparser.py [--root DIR] [--byline PATH] [--atom03] [--show FIELD]

--show title|link|date|content|unread|rejected lists the files behind a count.
"""

import argparse
import calendar
import collections
import html
import html.parser
import io
import json
import os
import re
import subprocess
import sys

try:
    import feedparser
except ImportError:
    sys.exit("feedparser is not installed: python3 -m venv /tmp/anchors && /tmp/anchors/bin/pip install feedparser, "
             "then run this script with /tmp/anchors/bin/python")

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SERVED_AT = "http://127.0.0.1:8097/"
FOLDERS = ["wellformed", "illformed", "encoding", "entities", "json"]
HEADER = re.compile(rb"^Header:\s*([A-Za-z0-9-]+):\s*(.*?)\s*$", re.M)
BATCH = 300


def feed_files(root):
    for folder in FOLDERS:
        for directory, _, names in os.walk(os.path.join(root, "tests", folder)):
            for name in sorted(names):
                if name.endswith((".xml", ".json", ".rdf", ".rss", ".atom")):
                    yield os.path.join(directory, name)


def headers_of(path, data, root):
    """The response headers and address the harness would serve the file with."""
    relative = os.path.relpath(path, root)
    if "http" not in relative:
        return {}, None
    headers = {"content-type": "text/xml"}
    for name, value in HEADER.findall(data[:4096]):
        headers[name.decode("latin-1").lower()] = value.decode("latin-1")
    return headers, SERVED_AT + relative


def in_scope(path, result, atom03=False):
    version = result.get("version", "")
    return path.endswith(".json") or version.startswith("rss") or version == "atom10" or (atom03 and version == "atom03")


class TextOfHTML(html.parser.HTMLParser):
    SKIPPED = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self.skipping += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIPPED and self.skipping:
            self.skipping -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def text_of(value, is_html):
    if value is None:
        return ""
    if is_html:
        parser = TextOfHTML()
        parser.feed(value)
        parser.close()
        value = "".join(parser.parts)
    return " ".join(value.split())


def minute(seconds):
    return None if seconds is None else int(seconds) // 60


def fp_entry(entry):
    """What feedparser read of an entry, in the terms Byline's JSON uses."""
    def html_type(detail):
        return (detail or {}).get("type", "text/html") != "text/plain"
    content = None
    if entry.get("content"):
        first = entry["content"][0]
        content = text_of(first.get("value"), html_type(first))
    summary = text_of(entry.get("summary"), html_type(entry.get("summary_detail"))) if "summary" in entry else None
    parsed = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("created_parsed")
    return {
        "id": entry.get("id") or None,
        "title": text_of(entry.get("title"), html_type(entry.get("title_detail"))),
        "link": (entry.get("link") or "").strip(),
        "date": minute(calendar.timegm(parsed)) if parsed else None,
        "content": content or summary or "",
    }


def byline_item(item):
    date = item.get("date")
    seconds = calendar.timegm(__import__("time").strptime(date, "%Y-%m-%dT%H:%M:%SZ")) if date else None
    content = text_of(item.get("content"), item.get("contentIsHTML"))
    summary = text_of(item.get("summary"), item.get("summaryIsHTML"))
    return {
        "id": item.get("id"),
        "title": text_of(item.get("title"), False),
        "link": (item.get("link") or "").strip(),
        "date": minute(seconds),
        "content": content or summary,
    }


def substantive(entry):
    # (feedparser takes any id for a link, `1234` too; Byline keeps only web addresses)
    link = entry["link"].startswith(("http://", "https://"))
    return bool(entry["title"] or link or entry["content"])


def pair(fp_entries, by_items):
    """(feedparser entry, Byline item or None) for each substantive entry."""
    used = set()
    pairs = []
    for position, entry in enumerate(fp_entries):
        match = None
        for key in ("id", "link"):
            if match is None and entry[key]:
                for i, item in enumerate(by_items):
                    if i not in used and item[key] == entry[key]:
                        match = i
                        break
        if match is None and position < len(by_items) and position not in used:
            match = position
        if match is not None:
            used.add(match)
        pairs.append((entry, by_items[match] if match is not None else None))
    return pairs


def run_byline(binary, files, headers, url):
    arguments = [binary, "feeds", "parse", "--json"]
    for name, value in sorted(headers.items()):
        arguments += ["--header", f"{name}: {value}"]
    if url:
        arguments += ["--url", url]
    run = subprocess.run(arguments + files, capture_output=True, timeout=600)
    results = {}
    for line in run.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            results[record["file"]] = record
    for path in files:
        if path not in results:
            reason = run.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit status {run.returncode}"]
            results[path] = {"file": path, "error": "no answer: " + reason[0]}
    return results


def reason_group(error):
    return re.sub(r"line \d+", "line N", re.sub(r"'[^']*'", "'…'", error))


def main():
    arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    arguments.add_argument("--root", default=os.path.join(REPO, "..", "shared", "external", "feedparser-tests"))
    arguments.add_argument("--byline", default=os.path.join(REPO, ".build", "debug", "byline"))
    arguments.add_argument("--atom03", action="store_true", help="count Atom 0.3 feeds in scope too")
    arguments.add_argument("--show", choices=["title", "link", "date", "content", "unread", "rejected"])
    options = arguments.parse_args()
    root = os.path.abspath(options.root)
    if not os.path.isdir(os.path.join(root, "tests")):
        sys.exit(f"no feedparser tests under {root} (give --root)")
    if not os.access(options.byline, os.X_OK):
        sys.exit(f"no byline binary at {options.byline} (swift build --product byline, or give --byline)")

    scope = {}          # path -> (feedparser entries, headers, url)
    other_versions = collections.Counter()
    for path in feed_files(root):
        with open(path, "rb") as handle:
            data = handle.read()
        headers, url = headers_of(path, data, root)
        fp_headers = dict(headers)
        if url and "content-location" not in fp_headers:
            fp_headers["content-location"] = url  # (feedparser's href, which a file read from memory lacks)
        # (unsanitised: Byline keeps a feed's HTML as it came and sanitises it when
        # it writes the article; feedparser's sanitiser drops a <script> tag but
        # keeps its code as text, which would count against both)
        result = feedparser.parse(io.BytesIO(data), response_headers=fp_headers, sanitize_html=False)
        if not in_scope(path, result, options.atom03):
            other_versions[result.get("version") or "unknown"] += 1
            continue
        scope[path] = ([fp_entry(e) for e in result.get("entries", [])], headers, url)

    # Byline: files without headers in batches, the others one by one
    byline = {}
    plain = [p for p, (_, headers, url) in scope.items() if not headers and not url]
    for start in range(0, len(plain), BATCH):
        byline.update(run_byline(options.byline, plain[start:start + BATCH], {}, None))
    for path, (_, headers, url) in scope.items():
        if headers or url:
            byline.update(run_byline(options.byline, [path], headers, url))

    read_fp = read_by = read_whole = 0
    rejected = collections.Counter()
    agree = collections.Counter()
    paired = 0
    listed = []
    for path, (fp_entries, _, _) in scope.items():
        wanted = [e for e in fp_entries if substantive(e)]
        if wanted:
            read_fp += 1
        record = byline[path]
        short = os.path.relpath(path, os.path.join(root, "tests"))
        if "error" in record:
            rejected[reason_group(record["error"])] += 1
            if options.show == "rejected":
                listed.append(f"{short}\t{record['error']}")
            continue
        read_by += 1
        items = [byline_item(i) for i in record.get("items", [])]
        pairs = pair(wanted, items)
        if all(item is not None for _, item in pairs):
            read_whole += 1
        elif options.show == "unread":
            listed.append(f"{short}\tfeedparser {len(wanted)} entries, Byline {len(items)} items")
        for entry, item in pairs:
            if item is None:
                continue
            paired += 1
            for field in ("title", "link", "date", "content"):
                if (entry[field] or None) == (item[field] or None):
                    agree[field] += 1
                elif options.show == field:
                    listed.append(f"{short}\tfeedparser {entry[field]!r:.120}\tByline {item[field]!r:.120}")

    total = len(scope)

    def share(n, of):
        return f"{n} ({100.0 * n / of:.1f}%)" if of else str(n)

    formats = "RSS 0.9x/1.0/2.0, Atom 1.0" + (" and 0.3" if options.atom03 else "") + ", JSON Feed"
    print(f"files in scope ({formats}): {total}"
          f" (left out: {', '.join(f'{v} {n}' for v, n in other_versions.most_common())})")
    print(f"read by feedparser with entries (a title, link or text): {read_fp}")
    print(f"read by Byline: {share(read_by, total)}; with all of feedparser's entries: {share(read_whole, total)}")
    print(f"rejected by Byline: {sum(rejected.values())}")
    for reason, count in rejected.most_common():
        print(f"  {count:4d}  {reason}")
    print(f"paired items: {paired}; agreement: " + ", ".join(
        f"{field} {100.0 * agree[field] / paired:.1f}%" if paired else f"{field} -"
        for field in ("title", "link", "date", "content")))
    if listed:
        print()
        print("\n".join(listed))


if __name__ == "__main__":
    main()
