#ifndef BYLINE_CCURL_SHIM_H
#define BYLINE_CCURL_SHIM_H

/* libcurl's easy interface, for fetching feeds: only
   Sources/BylineFeeds/FeedHTTPClient.swift talks to it. curl_easy_setopt and
   curl_easy_getinfo are variadic, which Swift cannot call, so each kind of
   value has a function of its own here. */
#include <curl/curl.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <string.h>

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
typedef curl_socket_t (*byline_curl_opensocket_fn)(void *, curlsocktype, struct curl_sockaddr *);

static inline CURLcode byline_curl_opensocket_function(CURL *handle, byline_curl_opensocket_fn function) {
    return curl_easy_setopt(handle, CURLOPT_OPENSOCKETFUNCTION, function);
}
/* The socket curl asked for, as curl would open it itself. */
static inline curl_socket_t byline_open_socket(const struct curl_sockaddr *address) {
    return socket(address->family, address->socktype, address->protocol);
}
static inline curl_socket_t byline_bad_socket(void) { return CURL_SOCKET_BAD; }
/* The address's bytes (4 or 16) into `out`; their count, or 0 for neither family. */
static inline int byline_address_bytes(const struct curl_sockaddr *address, unsigned char *out) {
    if (address->family == AF_INET) {
        const struct sockaddr_in *v4 = (const struct sockaddr_in *)&address->addr;
        memcpy(out, &v4->sin_addr, 4);
        return 4;
    }
    if (address->family == AF_INET6) {
        const struct sockaddr_in6 *v6 = (const struct sockaddr_in6 *)&address->addr;
        memcpy(out, &v6->sin6_addr, 16);
        return 16;
    }
    return 0;
}

static inline long byline_curl_info_long(CURL *handle, CURLINFO info) {
    long value = 0;
    curl_easy_getinfo(handle, info, &value);
    return value;
}

#endif
