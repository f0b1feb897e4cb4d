#pragma once

#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>
#include <iostream>

namespace burgernet::test {

// The count of a bad-input suite: every input is accepted (and reads back as it went in) or
// rejected with a reason that names its line or field. Anything else is a silent drop, listed.
struct BadInputTally
{
    QString suite;
    int accepted = 0;
    int rejected = 0;
    QStringList drops;

    int inputs() const { return accepted + rejected + int(drops.size()); }
    void accept() { ++accepted; }
    void reject() { ++rejected; }
    void drop(const QString& what) { drops << what; }

    // Printed for the README, then checked: no silent drop. (A crash ends the test run.)
    void report() const
    {
        std::cout << suite.toStdString() << ": " << inputs() << " inputs: " << accepted
                  << " accepted, " << rejected << " rejected with a line/field reason, 0 crashes, "
                  << drops.size() << " silent drops" << std::endl;
        INFO(drops.join(QStringLiteral("\n")).toStdString());
        CHECK(drops.isEmpty());
        CHECK(accepted > 0);
        CHECK(rejected > 0);
    }
};

} // namespace burgernet::test
