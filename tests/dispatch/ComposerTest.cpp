#include "app/dispatch/MessageComposer.h"
#include "app/dispatch/SmsEncoding.h"
#include "app/dispatch/TextChecks.h"

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

ActionContent robbery()
{
    ActionContent c;
    c.incident = IncidentType::StreetRobbery;
    c.locationText = QStringLiteral("het Vredenburgplein");
    c.person.sex = QStringLiteral("male");
    c.person.age = QStringLiteral("20");
    c.person.clothing = QStringLiteral("een grijze trainingsbroek");
    c.person.direction = QStringLiteral("de Oudegracht");
    c.channels = builtinChannels();
    return c;
}

MessageComposer::Input input(const ActionContent& c, Mode mode = Mode::Live)
{
    MessageComposer::Input in;
    in.content = c;
    in.mode = mode;
    in.sentAt = QDateTime(QDate(2026, 11, 27), QTime(14, 5), Qt::UTC);
    in.capIdentifier = QStringLiteral("burgernet-1-alert");
    in.capCircle = QStringLiteral("52.09,5.12 1.5");
    return in;
}

} // namespace

TEST_CASE("SMS: GSM-7 text fits 160 septets in one part, 153 per part beyond", "[dispatch][sms]")
{
    CHECK(SmsAnalysis::of(QString()).parts == 0);
    const SmsAnalysis one = SmsAnalysis::of(QString(160, QLatin1Char('a')));
    CHECK(one.encoding == SmsAnalysis::Encoding::Gsm7);
    CHECK(one.parts == 1);
    CHECK(one.remainingInPart == 0);
    const SmsAnalysis two = SmsAnalysis::of(QString(161, QLatin1Char('a')));
    CHECK(two.parts == 2);
    CHECK(two.perPart == 153);
    CHECK(SmsAnalysis::of(QString(306, QLatin1Char('a'))).parts == 2);
    CHECK(SmsAnalysis::of(QString(307, QLatin1Char('a'))).parts == 3);
    // The euro sign and brackets are extension characters: two septets each.
    const SmsAnalysis euro = SmsAnalysis::of(QString(80, QChar(0x20AC)));
    CHECK(euro.encoding == SmsAnalysis::Encoding::Gsm7);
    CHECK(euro.units == 160);
    CHECK(euro.parts == 1);
    CHECK(SmsAnalysis::of(QStringLiteral("é à ü Ä ñ @ £")).encoding == SmsAnalysis::Encoding::Gsm7);
}

TEST_CASE("SMS: ë, ï, typographic quotes and emoji force UCS-2 (70, 67 per part)",
          "[dispatch][sms]")
{
    const QString text = QStringLiteral("Kijk uit naar een man met een ") + QChar(0x201C) +
                         QStringLiteral("rode") + QChar(0x201D) + QStringLiteral(" jas, Zoë");
    const SmsAnalysis a = SmsAnalysis::of(text);
    CHECK(a.encoding == SmsAnalysis::Encoding::Ucs2);
    REQUIRE(a.forcingPositions.size() == 3);
    CHECK(text.at(a.forcingPositions[0]) == QChar(0x201C));
    CHECK(text.at(a.forcingPositions[2]) == QChar(0x00EB));
    CHECK(SmsAnalysis::of(QString(70, QChar(0x00EF))).parts == 1);
    CHECK(SmsAnalysis::of(QString(71, QChar(0x00EF))).parts == 2);
    CHECK(SmsAnalysis::of(QString(134, QChar(0x00EF))).parts == 2);
    CHECK(SmsAnalysis::of(QString(135, QChar(0x00EF))).parts == 3);
    // An emoji is one character (two UTF-16 units) and marked once.
    const QString emoji = QStringLiteral("ok ") + QString::fromUtf8("\xF0\x9F\x9A\x93");
    const SmsAnalysis e = SmsAnalysis::of(emoji);
    CHECK(e.encoding == SmsAnalysis::Encoding::Ucs2);
    CHECK(e.forcingPositions == QList<int>{3});
    CHECK(e.units == 5);
}

TEST_CASE("The voice script is the fixed one, with the description and call-back number",
          "[dispatch][composer]")
{
    MessageComposer::Input in = input(robbery());
    in.callbackNumber = QStringLiteral("0800-0022");
    const ComposedMessage m = MessageComposer().compose(in);
    const ChannelText* voice = m.find(QStringLiteral("nl"), BuiltinChannel::Voice);
    REQUIRE(voice);
    CHECK(
        voice->text ==
        QStringLiteral("Hier volgt een oproep voor Burgernet. Wilt u uitkijken naar een man, "
                       "van ongeveer 20 jaar, gekleed in een grijze trainingsbroek, vertrokken in "
                       "de richting van de Oudegracht in de omgeving van het Vredenburgplein. "
                       "Wilt u bij het zien van persoon of voertuig gratis terugbellen naar "
                       "0800-0022."));
    const ChannelText* sms = m.find(QStringLiteral("nl"), BuiltinChannel::Sms);
    REQUIRE(sms);
    CHECK(sms->text.startsWith(QStringLiteral("Burgernet: kijk uit naar een man")));
    CHECK(sms->text.endsWith(QStringLiteral("Gezien? Bel gratis 0800-0022.")));
    // Never what the person is suspected of.
    CHECK_FALSE(voice->text.contains(QStringLiteral("straatroof")));
    // English for English-speaking participants.
    const ChannelText* en = m.find(QStringLiteral("en"), BuiltinChannel::Sms);
    REQUIRE(en);
    CHECK(en->text.startsWith(QStringLiteral("Burgernet: look out for a man")));
}

TEST_CASE("Vehicle descriptions carry make, colour and plate", "[dispatch][composer]")
{
    ActionContent c;
    c.incident = IncidentType::HitAndRun;
    c.vehicle = {QStringLiteral("Volkswagen"), QStringLiteral("Golf"), QStringLiteral("rode"),
                 QStringLiteral("AB-123-C"), QStringLiteral("de A12")};
    c.person.clothing = QStringLiteral("ignored: hit-and-run has no person slot");
    const QString d = MessageComposer().describe(c, QStringLiteral("nl"));
    CHECK(d == QStringLiteral("een rode Volkswagen Golf, met kenteken AB-123-C, vertrokken in de "
                              "richting van de A12"));
}

TEST_CASE("E-mail has subject, text and escaped HTML; CAP fields follow CAP 1.2",
          "[dispatch][composer][cap]")
{
    ActionContent c = robbery();
    c.freeText = QStringLiteral("Let op <b>");
    const ComposedMessage m = MessageComposer().compose(input(c));
    const ChannelText* mail = m.find(QStringLiteral("nl"), BuiltinChannel::Email);
    REQUIRE(mail);
    CHECK(mail->subject.startsWith(QStringLiteral("Burgernet-oproep: kijk uit naar een man")));
    CHECK(mail->html.contains(QStringLiteral("Let op &lt;b&gt;")));
    CHECK(mail->text.contains(QStringLiteral("Let op <b>")));
    const ChannelText* cap = m.find(QStringLiteral("nl"), BuiltinChannel::Cap);
    REQUIRE(cap);
    CHECK(cap->extra.value(QStringLiteral("status")).toString() == QStringLiteral("Actual"));
    CHECK(cap->extra.value(QStringLiteral("msgType")).toString() == QStringLiteral("Alert"));
    CHECK(cap->extra.value(QStringLiteral("sent")).toString() ==
          QStringLiteral("2026-11-27T15:05:00+01:00"));
    CHECK(cap->extra.value(QStringLiteral("circle")).toString() ==
          QStringLiteral("52.09,5.12 1.5"));
    CHECK_FALSE(cap->extra.value(QStringLiteral("areaDesc")).toString().isEmpty());
    // Broadcasts only in the action's language.
    CHECK(m.find(QStringLiteral("en"), BuiltinChannel::App) ==
          m.find(QStringLiteral("nl"), BuiltinChannel::App));
    CHECK(MessageComposer::capTime(QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC)) ==
          QStringLiteral("2026-07-01T12:00:00+02:00"));
}

TEST_CASE("Training puts OEFENING in every text and CAP status Exercise", "[dispatch][composer]")
{
    const ComposedMessage m = MessageComposer().compose(input(robbery(), Mode::Training));
    int texts = 0;
    for (const auto& perChannel : m.texts) {
        for (const ChannelText& t : perChannel) {
            ++texts;
            CHECK(t.text.contains(QStringLiteral("OEFENING")));
            if (!t.subject.isEmpty())
                CHECK(t.subject.contains(QStringLiteral("OEFENING")));
            if (!t.html.isEmpty())
                CHECK(t.html.contains(QStringLiteral("OEFENING")));
        }
    }
    CHECK(texts == 9); // voice, sms, email in nl and en; app, social, cap in nl
    CHECK(
        m.find(QStringLiteral("nl"), BuiltinChannel::Cap)->extra.value(QStringLiteral("status")) ==
        QStringLiteral("Exercise"));
}

TEST_CASE("Closing, update and cancel messages use their own templates", "[dispatch][composer]")
{
    MessageComposer::Input in = input(robbery());
    in.type = MessageType::Closing;
    in.outcome = Outcome::Arrested;
    in.capReferences = QStringLiteral("burgernet,burgernet-1-alert,2026-11-27T15:05:00+01:00");
    const ComposedMessage closing = MessageComposer().compose(in);
    CHECK(closing.find(QStringLiteral("nl"), BuiltinChannel::Sms)->text ==
          QStringLiteral("Burgernet: de actie is beëindigd. Er is iemand aangehouden. Dank voor uw "
                         "hulp."));
    CHECK(closing.find(QStringLiteral("nl"), BuiltinChannel::Cap)
              ->extra.value(QStringLiteral("msgType")) == QStringLiteral("Update"));
    CHECK(closing.find(QStringLiteral("nl"), BuiltinChannel::Cap)
              ->extra.contains(QStringLiteral("references")));
    in.type = MessageType::Update;
    in.updateText = QStringLiteral("De man draagt nu geen pet meer.");
    CHECK(MessageComposer()
              .compose(in)
              .find(QStringLiteral("nl"), BuiltinChannel::Sms)
              ->text.contains(QStringLiteral("geen pet meer")));
    in.type = MessageType::Cancel;
    CHECK(MessageComposer()
              .compose(in)
              .find(QStringLiteral("nl"), BuiltinChannel::Cap)
              ->extra.value(QStringLiteral("msgType")) == QStringLiteral("Cancel"));
}

TEST_CASE("An administrator's template replaces the built-in one", "[dispatch][composer]")
{
    MessageTemplates templates = MessageTemplates::builtIn();
    REQUIRE(templates.hasEntry(QStringLiteral("nl"), QStringLiteral("alert.sms")));
    templates.setOverride(QStringLiteral("nl"), QStringLiteral("alert.sms"),
                          QStringLiteral("BN: {description}. Bel {callback}."));
    const ComposedMessage m = MessageComposer(templates).compose(input(robbery()));
    CHECK(m.find(QStringLiteral("nl"), BuiltinChannel::Sms)
              ->text.startsWith(QStringLiteral("BN: een man")));
    // Every built-in Dutch entry has its English counterpart.
    CHECK(templates.names(QStringLiteral("nl")) ==
          MessageTemplates::builtIn().names(QStringLiteral("en")));
}

TEST_CASE("Warnings: offences, personal data, abbreviations, consent", "[dispatch][checks]")
{
    using K = TextWarning::Kind;
    const auto kinds = [](const QList<TextWarning>& ws) {
        QList<K> k;
        for (const auto& w : ws)
            k << w.kind;
        return k;
    };
    CHECK(kinds(TextChecks::checkText(QStringLiteral("f"),
                                      QStringLiteral("De verdachte is gevlucht")))
              .contains(K::Offence));
    CHECK(kinds(TextChecks::checkText(QStringLiteral("f"),
                                      QStringLiteral("Na de inbraak liep hij weg")))
              .contains(K::Offence));
    CHECK(kinds(TextChecks::checkText(QStringLiteral("f"), QStringLiteral("Bel 06-12345678"))) ==
          QList<K>{K::PersonalData});
    CHECK(
        kinds(TextChecks::checkText(QStringLiteral("f"), QStringLiteral("mail jan@example.nl"))) ==
        QList<K>{K::PersonalData});
    CHECK(kinds(TextChecks::checkText(QStringLiteral("f"), QStringLiteral("woont op 3511 ED"))) ==
          QList<K>{K::PersonalData});
    CHECK(kinds(TextChecks::checkText(QStringLiteral("f"),
                                      QStringLiteral("ca. 1.80 m, i.v.m. regen"))) ==
          QList<K>{K::Abbreviation, K::Abbreviation});
    // The plate belongs in the vehicle slot, where it is fine.
    CHECK(TextChecks::checkText(QStringLiteral("vehicle.plate"), QStringLiteral("AB-123-C"), true)
              .isEmpty());
    CHECK(kinds(TextChecks::checkText(QStringLiteral("free_text"),
                                      QStringLiteral("auto AB-123-C"))) ==
          QList<K>{K::PersonalData});
    // A clean description has no warnings.
    CHECK(TextChecks::check(robbery()).isEmpty());
    ActionContent missing;
    missing.incident = IncidentType::Missing;
    missing.person.age = QStringLiteral("8");
    CHECK(kinds(TextChecks::check(missing)) == QList<K>{K::Consent});
    missing.familyConsent = true;
    CHECK(TextChecks::check(missing).isEmpty());
}

TEST_CASE("Voice duration grows with words and digits", "[dispatch][checks]")
{
    const ComposedMessage m = MessageComposer().compose(input(robbery()));
    const double seconds =
        TextChecks::voiceSeconds(m.find(QStringLiteral("nl"), BuiltinChannel::Voice)->text);
    CHECK(seconds > 15);
    CHECK(seconds < 45);
    CHECK(TextChecks::voiceSeconds(QStringLiteral("een twee drie vier vijf")) == Approx(2.0));
    CHECK(TextChecks::voiceSeconds(QString()) == 0);
}

TEST_CASE("Action lifecycle allows only its own steps", "[dispatch][lifecycle]")
{
    using S = ActionState;
    CHECK(canTransition(S::Draft, S::AwaitingApproval));
    CHECK(canTransition(S::Draft, S::Sending));
    CHECK(canTransition(S::AwaitingApproval, S::Sending));
    CHECK(canTransition(S::Sending, S::Sent));
    CHECK(canTransition(S::Sent, S::Updated));
    CHECK(canTransition(S::Updated, S::Closed));
    CHECK(canTransition(S::Sent, S::Cancelled));
    CHECK_FALSE(canTransition(S::Draft, S::Sent));
    CHECK_FALSE(canTransition(S::Closed, S::Sending));
    CHECK_FALSE(canTransition(S::Cancelled, S::Draft));
    CHECK_FALSE(canTransition(S::Sending, S::Closed));
    for (IncidentType t : allIncidentTypes()) {
        IncidentType back;
        REQUIRE(enumFromId(enumId(t), &back));
        CHECK(back == t);
    }
    ActionContent c = robbery();
    c.vehicle.plate = QStringLiteral("AB-123-C");
    c.familyConsent = true;
    const ActionContent round = ActionContent::fromJson(c.toJson());
    CHECK(round.toJson() == c.toJson());
}
