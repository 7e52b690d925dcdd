#ifndef BYLINE_CCURL_SHIM_H
#define BYLINE_CCURL_SHIM_H

/* libcurl's easy interface, for fetching feeds: only
   Sources/BylineFeeds/FeedHTTPClient.swift talks to it. curl_easy_setopt and
   curl_easy_getinfo are variadic, which Swift cannot call, so each kind of
   value has a function of its own here.

   libcurl is opened with dlopen the first time a feed is fetched
   (byline_curl_load), not linked: with the thirty libraries it brings (TLS,
   Kerberos, LDAP, SSH…) it added 7 ms to the start of every command, and
   only fetching uses it. Every call goes through the table it fills. */
#include <curl/curl.h>
#include <dlfcn.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <string.h>

struct byline_curl_api {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
};

/* The table (one, for the one Swift module that includes this header). */
static inline struct byline_curl_api *byline_curl(void) {
    static struct byline_curl_api api;
    return &api;
}

/* Opens libcurl and fills the table; 1 when every function was found, else
   0 (and the table stays empty). Called once, before any other function here. */
static inline int byline_curl_load(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) library = dlopen("libcurl.so", RTLD_NOW | RTLD_LOCAL);
    if (!library) return 0;
    struct byline_curl_api api;
    api.global_init = (CURLcode (*)(long))dlsym(library, "curl_global_init");
    api.easy_init = (CURL *(*)(void))dlsym(library, "curl_easy_init");
    api.easy_cleanup = (void (*)(CURL *))dlsym(library, "curl_easy_cleanup");
    api.easy_perform = (CURLcode (*)(CURL *))dlsym(library, "curl_easy_perform");
    api.easy_setopt = (CURLcode (*)(CURL *, CURLoption, ...))dlsym(library, "curl_easy_setopt");
    api.easy_getinfo = (CURLcode (*)(CURL *, CURLINFO, ...))dlsym(library, "curl_easy_getinfo");
    api.easy_strerror = (const char *(*)(CURLcode))dlsym(library, "curl_easy_strerror");
    api.slist_append = (struct curl_slist *(*)(struct curl_slist *, const char *))dlsym(library, "curl_slist_append");
    api.slist_free_all = (void (*)(struct curl_slist *))dlsym(library, "curl_slist_free_all");
    if (!api.global_init || !api.easy_init || !api.easy_cleanup || !api.easy_perform || !api.easy_setopt
        || !api.easy_getinfo || !api.easy_strerror || !api.slist_append || !api.slist_free_all) return 0;
    if (api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) return 0;
    *byline_curl() = api;
    return 1;
}

static inline CURL *byline_curl_easy_init(void) { return byline_curl()->easy_init ? byline_curl()->easy_init() : NULL; }
static inline void byline_curl_easy_cleanup(CURL *handle) { byline_curl()->easy_cleanup(handle); }
static inline CURLcode byline_curl_easy_perform(CURL *handle) { return byline_curl()->easy_perform(handle); }
static inline const char *byline_curl_easy_strerror(CURLcode code) {
    return byline_curl()->easy_strerror ? byline_curl()->easy_strerror(code) : "libcurl is not loaded";
}
static inline struct curl_slist *byline_curl_slist_append(struct curl_slist *list, const char *line) {
    return byline_curl()->slist_append(list, line);
}
static inline void byline_curl_slist_free_all(struct curl_slist *list) { byline_curl()->slist_free_all(list); }

typedef size_t (*byline_curl_data_fn)(char *, size_t, size_t, void *);
typedef int (*byline_curl_progress_fn)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t);

static inline CURLcode byline_curl_long(CURL *handle, CURLoption option, long value) {
    return byline_curl()->easy_setopt(handle, option, value);
}
static inline CURLcode byline_curl_string(CURL *handle, CURLoption option, const char *value) {
    return byline_curl()->easy_setopt(handle, option, value);
}
static inline CURLcode byline_curl_pointer(CURL *handle, CURLoption option, void *value) {
    return byline_curl()->easy_setopt(handle, option, value);
}
static inline CURLcode byline_curl_data_function(CURL *handle, CURLoption option, byline_curl_data_fn function) {
    return byline_curl()->easy_setopt(handle, option, function);
}
static inline CURLcode byline_curl_progress_function(CURL *handle, byline_curl_progress_fn function) {
    return byline_curl()->easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, function);
}
typedef curl_socket_t (*byline_curl_opensocket_fn)(void *, curlsocktype, struct curl_sockaddr *);

static inline CURLcode byline_curl_opensocket_function(CURL *handle, byline_curl_opensocket_fn function) {
    return byline_curl()->easy_setopt(handle, CURLOPT_OPENSOCKETFUNCTION, function);
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
    byline_curl()->easy_getinfo(handle, info, &value);
    return value;
}

#endif
