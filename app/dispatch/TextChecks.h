#pragma once

#include "app/dispatch/Action.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace burgernet {

// A reason to look again before sending; never a hard stop (the dispatcher decides).
struct TextWarning
{
    enum class Kind { Offence, PersonalData, Abbreviation, Length, Consent };
    Kind kind;
    QString field;   // "free_text", "person.clothing", ...
    QString found;   // the word or pattern that triggered it
    QString message; // translated, for the dispatcher
};

// The checks the preview shows: the message describes, it does not accuse (no vigilantes);
// it carries no personal data of anybody (a plate identifies a vehicle and is allowed in the
// vehicle slot); it avoids abbreviations a text-to-speech voice reads out wrongly.
class TextChecks
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::TextChecks)

public:
    static QList<TextWarning> check(const ActionContent& content);
    // One piece of the dispatcher's text; `plateAllowed` for the vehicle's plate slot.
    static QList<TextWarning> checkText(const QString& field, const QString& text,
                                        bool plateAllowed = false);

    // Seconds a text-to-speech voice needs for `text`: ~2.5 words a second, a pause at each
    // sentence end, digits read one by one (call-back numbers).
    static double voiceSeconds(const QString& text);
};

} // namespace burgernet
