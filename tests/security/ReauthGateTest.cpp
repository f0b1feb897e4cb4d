#include "app/services/ReauthGate.h"

#include "app/security/SignInService.h"
#include "tests/security/SecurityTestSupport.h"

#include <deque>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

// Answers the password prompts from a list, as a person at the keyboard would.
class ScriptedPrompt final : public ReauthPrompt
{
public:
    std::deque<std::optional<QString>> answers;
    QStringList reasons;
    std::optional<QString> askPassword(const QString& reason) override
    {
        reasons << reason;
        if (answers.empty())
            return std::nullopt;
        auto a = answers.front();
        answers.pop_front();
        return a;
    }
};

struct GateFixture
{
    test::AccountsFixture f;
    Session jan = test::sessionAs(u"jan"_s, Role::Dispatcher);
    std::unique_ptr<AuditService> audit;
    std::unique_ptr<SignInService> signIn;
    ScriptedPrompt prompt;
    std::unique_ptr<ReauthGate> gate;

    GateFixture()
    {
        f.addUser(u"jan"_s, Role::Dispatcher, u"right-password"_s);
        audit = std::make_unique<AuditService>(f.audit.log(), jan);
        SignInPolicy p;
        p.firstDelayMs = 0;
        signIn = std::make_unique<SignInService>(*f.db, *audit, f.audit.clock(), p,
                                                 PasswordHasher::minimum());
        gate = std::make_unique<ReauthGate>(
            *audit, 1000,
            [this](const QString& password, QString* message) {
                const auto a = signIn->reauthenticate(jan, password, u"live-send"_s);
                *message = a.message;
                return a.ok()                               ? ReauthGate::Check::Right
                       : a.outcome == SignInOutcome::Locked ? ReauthGate::Check::Locked
                                                            : ReauthGate::Check::Wrong;
            },
            &prompt);
    }
};

} // namespace

TEST_CASE("A live send above the threshold asks for the password again", "[security][reauth]")
{
    GateFixture g;
    // At or below the threshold, and every training send, go without asking.
    CHECK(g.gate->confirmLiveSend(Mode::Live, 1000).ok());
    CHECK(g.gate->confirmLiveSend(Mode::Training, 500'000).ok());
    CHECK(g.prompt.reasons.isEmpty());

    g.prompt.answers = {u"wrong-password"_s, u"right-password"_s};
    CHECK(g.gate->confirmLiveSend(Mode::Live, 1001).ok());
    CHECK(g.prompt.reasons.size() == 2);
    CHECK(g.prompt.reasons.front().contains(u"1001"_s));

    g.prompt.answers = {std::nullopt};
    CHECK_FALSE(g.gate->confirmLiveSend(Mode::Live, 25'000).ok());

    const auto records = g.f.records(u"send.reauth"_s);
    REQUIRE(records.size() == 2);
    CHECK(records[0].result == u"denied"_s); // newest first: the cancelled one
    CHECK(records[1].result == u"ok"_s);
    CHECK(g.f.records(u"user.reauth"_s).size() == 2); // one wrong, one right
}

TEST_CASE("Three wrong passwords refuse the send", "[security][reauth]")
{
    GateFixture g;
    g.prompt.answers = {u"wrong-1-xxxx"_s, u"wrong-2-xxxx"_s, u"wrong-3-xxxx"_s,
                        u"right-password"_s};
    const Status s = g.gate->confirmLiveSend(Mode::Live, 5000);
    CHECK_FALSE(s.ok());
    CHECK(g.prompt.answers.size() == 1); // never asked a fourth time
}

TEST_CASE("Without a prompt a large live send is refused", "[security][reauth]")
{
    GateFixture g;
    g.gate->setPrompt(nullptr);
    CHECK_FALSE(g.gate->confirmLiveSend(Mode::Live, 5000).ok());
    CHECK(g.gate->confirmLiveSend(Mode::Live, 10).ok());
}
