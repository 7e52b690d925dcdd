#ifndef BYLINE_CCURL_SHIM_H
#define BYLINE_CCURL_SHIM_H

/* libcurl's easy interface, for fetching feeds: only
   Sources/BylineFeeds/FeedHTTPClient.swift talks to it. curl_easy_setopt and
   curl_easy_getinfo are variadic, which Swift cannot call, so each kind of
   value has a function of its own here. */
#include <curl/curl.h>

typedef size_t (*byline_curl_data_fn)(char *, size_t, size_t, void *);
typedef int (*byline_curl_progress_fn)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t);

static inline CURLcode byline_curl_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode byline_curl_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode byline_curl_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode byline_curl_data_function(CURL *handle, CURLoption option, byline_curl_data_fn function) {
    return curl_easy_setopt(handle, option, function);
}
static inline CURLcode byline_curl_progress_function(CURL *handle, byline_curl_progress_fn function) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, function);
}
static inline long byline_curl_info_long(CURL *handle, CURLINFO info) {
    long value = 0;
    curl_easy_getinfo(handle, info, &value);
    return value;
}

#endif
