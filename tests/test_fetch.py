"""Fetching pages from a local server that misbehaves on purpose: every case ends in the page,
a retry that gets it, or a named failure; and nothing reaches any address but 127.0.0.1."""
from __future__ import annotations

import time

import pytest

from entente.errors import BinaryInput, FetchError, NotModified, TooLarge
from entente.ingest.fetch import Fetcher

from .localserver import fast_http, only_loopback, server  # noqa: F401  (fixtures)


@pytest.fixture
def fetcher(fast_http):  # noqa: F811
    with Fetcher() as f:
        yield f


def test_a_page_is_fetched_with_a_clear_user_agent_and_its_validators(server, fetcher):
    page = fetcher.get(server.url("/web/japan_italy_pact.html"))
    assert page.status == 200 and b"Japan and Italy signed" in page.content
    assert page.etag and page.last_modified
    assert any(a.startswith("entente/") for a in server.agents)
    assert fetcher.learned[server.url("/web/japan_italy_pact.html")][0] == page.etag


def test_a_known_page_is_asked_conditionally_and_not_sent_again(server, fetcher):
    url = server.url("/web/japan_italy_pact.html")
    page = fetcher.get(url)
    with Fetcher(validators={url: (page.etag, page.last_modified)}) as again:
        with pytest.raises(NotModified):
            again.get(url)


def test_robots_txt_is_respected(server, fetcher):
    with pytest.raises(FetchError) as exc:
        fetcher.get(server.url("/private/secret.html"))
    assert exc.value.reason == "robots" and "robots.txt" in str(exc.value)
    assert "/private/secret.html" not in server.hits       # never asked for
    with pytest.raises(FetchError) as exc:                   # nor through a redirect
        fetcher.get(server.url("/moved-to-private"))
    assert exc.value.reason == "robots" and exc.value.origin == server.url("/moved-to-private")
    assert "/private/secret.html" not in server.hits


def test_a_slow_answer_times_out_after_the_retries(server, fetcher):
    t = time.monotonic()
    with pytest.raises(FetchError) as exc:
        fetcher.get(server.url("/slow"))
    assert exc.value.reason == "timeout" and exc.value.retryable
    assert server.hits["/slow"] == 3                        # one try and two retries
    assert time.monotonic() - t < 5


@pytest.mark.parametrize("path,reason", [("/missing", "http-404"), ("/error", "http-500")])
def test_http_errors_are_named(server, fetcher, path, reason):
    with pytest.raises(FetchError) as exc:
        fetcher.get(server.url(path))
    assert exc.value.reason == reason and path in str(exc.value)
    # a 404 is final; a 500 may pass, so it is retried
    assert server.hits[path] == (1 if reason == "http-404" else 3)


def test_a_503_then_a_page_is_retried_and_read(server, fetcher):
    assert b"Poland received" in fetcher.get(server.url("/flaky")).content
    assert server.hits["/flaky"] == 2


def test_429_with_retry_after_is_waited_for(server, fetcher):
    assert b"Poland received" in fetcher.get(server.url("/busy")).content
    assert server.hits["/busy"] == 2


def test_a_retry_after_longer_than_the_limit_fails_now_and_says_so(server, fetcher):
    t = time.monotonic()
    with pytest.raises(FetchError) as exc:
        fetcher.get(server.url("/busy-for-an-hour"))
    assert "3600" in str(exc.value) and exc.value.retryable
    assert time.monotonic() - t < 2


def test_a_redirect_is_followed_and_a_loop_is_refused(server, fetcher):
    page = fetcher.get(server.url("/moved"))
    assert page.final_url.endswith("/web/japan_italy_pact.html")
    with pytest.raises(FetchError) as exc:
        fetcher.get(server.url("/loop-a"))
    assert exc.value.reason == "redirects"


def test_a_truncated_body_is_retried_then_failed(server, fetcher):
    with pytest.raises(FetchError) as exc:
        fetcher.get(server.url("/truncated"))
    assert exc.value.reason == "truncated" and server.hits["/truncated"] == 3


@pytest.mark.parametrize("path", ["/huge-declared", "/huge-undeclared"])
def test_a_100_mb_body_is_refused_at_the_limit(server, fetcher, path):
    t = time.monotonic()
    with pytest.raises(TooLarge) as exc:
        fetcher.get(server.url(path))
    assert "ENTENTE_MAX_BYTES" in str(exc.value)
    assert time.monotonic() - t < 10


def test_binary_labelled_html_and_an_image_are_refused(server, fetcher):
    with pytest.raises(BinaryInput):
        fetcher.document(server.url("/binary.html"))
    with pytest.raises(BinaryInput) as exc:
        fetcher.document(server.url("/image.png"))
    assert "image/png" in str(exc.value)


def test_utf16_and_latin1_pages_are_decoded(server, fetcher):
    doc = fetcher.document(server.url("/utf16.html"))
    assert "Japan and Italy signed" in doc.html
    doc = fetcher.document(server.url("/french.html"))
    assert "La France a annoncé" in doc.html


def test_nothing_but_loopback_is_reached(fetcher):
    with pytest.raises(AssertionError, match="tried to reach"):
        fetcher.get("http://192.0.2.1/robots-of-a-documentation-address")
