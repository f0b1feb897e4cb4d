#include "app/core/SafeXml.h"

#include <QXmlStreamReader>

namespace burgernet {

void SafeXml::harden(QXmlStreamReader& reader)
{
    reader.setEntityResolver(nullptr);
    reader.setEntityExpansionLimit(0);
    reader.setNamespaceProcessing(true);
}

void SafeXml::readNext(QXmlStreamReader& reader)
{
    const QXmlStreamReader::TokenType token = reader.readNext();
    if (token == QXmlStreamReader::DTD)
        reader.raiseError(tr("XML with a document type declaration (DTD) is refused: it could "
                             "declare entities that read files or expand without end."));
    else if (token == QXmlStreamReader::EntityReference)
        reader.raiseError(
            tr("XML with the entity reference &%1; is refused.").arg(reader.name().toString()));
}

Status SafeXml::check(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    harden(reader);
    while (!reader.atEnd() && !reader.hasError())
        readNext(reader);
    if (reader.hasError())
        return Error{
            tr("Unreadable XML at line %1: %2").arg(reader.lineNumber()).arg(reader.errorString())};
    return {};
}

} // namespace burgernet
