#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

// What the fuzz targets share. A target is a function `int fuzzName(const uint8_t*, size_t)`
// (FuzzTargets.h): libFuzzer calls it through FuzzMain.cpp, and the regression test (built by the
// normal compiler) calls it with every saved crash and every seed.
namespace burgernet::fuzz {

// A QCoreApplication (some parsers translate and look up time zones) and a quiet message
// handler: warnings about bad input are expected by the thousand.
void initialise();

// A file in this process's own temporary folder (in memory when /dev/shm exists), written with
// `data`; the same path each time for the same name.
QString writeTemp(const QString& name, const QByteArray& data);
QString tempPath(const QString& name);

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// An invariant of the parser does not hold: print why and abort, which libFuzzer reports as a
// crash with the input that caused it.
[[noreturn]] void fail(const char* file, int line, const char* condition, const QString& detail);

} // namespace burgernet::fuzz

#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::burgernet::fuzz::fail(__FILE__, __LINE__, #condition, (detail));                     \
    } while (false)
