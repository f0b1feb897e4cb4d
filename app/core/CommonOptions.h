#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

namespace burgernet {

// The options burgernet-console and burgernetctl share, worded once.
class CommonOptions
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::CommonOptions)

public:
    static QCommandLineOption help();
    static QCommandLineOption version();
    static QCommandLineOption database();         // --db PATH|URL
    static QCommandLineOption auditLog();         // --audit-log FILE
    static QCommandLineOption training();         // --training
    static QCommandLineOption trainingDatabase(); // --training-db PATH|URL
};

} // namespace burgernet
