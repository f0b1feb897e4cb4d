#include "app/channels/common/CurlHandle.h"

#include <mutex>

namespace burgernet {

namespace {
struct ThreadHandle
{
    CURL* curl = nullptr;
    ~ThreadHandle()
    {
        if (curl)
            curl_easy_cleanup(curl);
    }
};

thread_local ThreadHandle t_handle;
} // namespace

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

ThreadCurlHandle::ThreadCurlHandle()
{
    if (!t_handle.curl) {
        initCurlOnce();
        t_handle.curl = curl_easy_init();
    }
    m_curl = t_handle.curl;
}

ThreadCurlHandle::~ThreadCurlHandle()
{
    if (m_curl)
        curl_easy_reset(m_curl);
}

} // namespace burgernet
