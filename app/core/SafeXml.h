#pragma once

#include "app/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

class QXmlStreamReader;

namespace burgernet {

// Every XML the console reads (CAP messages, map capabilities, ...) comes from outside. A
// document type declaration is where entities live: external ones would read local files or
// reach the network (XXE), internal ones can expand a few bytes into gigabytes. None of the
// formats we read needs one, so documents with a DTD are refused outright, and readers are set
// up to expand no entity at all.
class SafeXml
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SafeXml)

public:
    // No entity expansion, no entity resolver.
    static void harden(QXmlStreamReader& reader);
    // Reads the next token like QXmlStreamReader::readNext(), but a DTD or an entity reference
    // is an error (reader.hasError() afterwards, with the reason).
    static void readNext(QXmlStreamReader& reader);
    // Ok for well-formed XML without a DTD and without entity references.
    static Status check(const QByteArray& xml);
};

} // namespace burgernet
