#pragma once

#include <curl/curl.h>

namespace burgernet {

// The calling thread's libcurl handle, lent for one transfer.
//
// A channel worker sends on one thread for the whole run. Keeping one handle per thread keeps
// libcurl's connection cache with it, so a gateway is connected to (and TLS negotiated with)
// once per run instead of once per message. The handle lives until its thread ends. When the
// lease ends its options go back to the defaults, so no pointer into the finished transfer's
// buffers stays behind; the open connections stay.
class ThreadCurlHandle
{
public:
    ThreadCurlHandle();
    ~ThreadCurlHandle();
    ThreadCurlHandle(const ThreadCurlHandle&) = delete;
    ThreadCurlHandle& operator=(const ThreadCurlHandle&) = delete;

    CURL* get() const { return m_curl; }
    explicit operator bool() const { return m_curl != nullptr; }

private:
    CURL* m_curl = nullptr;
};

// curl_global_init, once per process, before the first handle is made.
void initCurlOnce();

} // namespace burgernet
