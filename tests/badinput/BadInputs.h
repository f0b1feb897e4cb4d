#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The bad inputs of the suites, made in code (deterministic) rather than kept as files.
namespace burgernet::test::badinput {

// Dutch numbers written every way people write them, and what is not a number at all.
QStringList phoneNumbers();
// What attackers put into text fields: SQL, formulas, markup, XML entities, JSON, shell,
// format strings, paths, placeholders, header injection, bidirectional overrides.
QStringList injectionPayloads();
// Message texts: a character of every Unicode plane, emoji, right-to-left scripts, lengths up
// to 10,000 characters, control characters. Labelled for the failure messages.
QList<QPair<QString, QString>> messageTexts();
// Whole participant files that are broken in one way each.
QList<QPair<QString, QByteArray>> csvFiles();

} // namespace burgernet::test::badinput
