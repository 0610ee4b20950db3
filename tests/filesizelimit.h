// Stands in for a full disk: while one is alive, a write that would make a
// file larger than the limit fails with EFBIG (SIGXFSZ is ignored), as a
// write to a full disk fails with ENOSPC. Restores both when it goes.
#pragma once

#include <csignal>
#include <sys/resource.h>

class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ok = getrlimit(RLIMIT_FSIZE, &m_before) == 0;
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = m_before;
        small.rlim_cur = bytes;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &small) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_before);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isActive() const { return m_ok; }

private:
    rlimit m_before{};
    void (*m_previousHandler)(int) = nullptr;
    bool m_ok = false;
};
