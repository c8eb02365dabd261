// Redactor on its own: registered secrets, environment secrets, sk-ant- shapes, JSON values, and the
// cost of scanning text that holds no secret.
#include "logging/Redactor.h"

#include <QElapsedTimer>
#include <QtTest>

#include <string>

using namespace Qt::StringLiterals;
using orch::Redactor;

class TestRedactor final : public QObject
{
    Q_OBJECT

private slots:
    void redactsText_data();
    void redactsText();
    void refusesShortAndDuplicateSecrets();
    void environmentSecrets();
    void redactsJsonValuesRecursively();
    void qstringRoundTrip();
    void largeCleanTextIsCheap();
};

void TestRedactor::redactsText_data()
{
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QStringList none;
    const QStringList one{u"hunter2hunter2"_s};
    QTest::addRow("no secret, untouched") << one << u"nothing to see here"_s << u"nothing to see here"_s;
    QTest::addRow("empty text") << one << QString() << QString();
    QTest::addRow("registered secret") << one << u"token=hunter2hunter2;"_s << u"token=[REDACTED];"_s;
    QTest::addRow("twice and adjacent") << one << u"hunter2hunter2hunter2hunter2 x hunter2hunter2"_s
                                        << u"[REDACTED][REDACTED] x [REDACTED]"_s;
    QTest::addRow("secret at both ends") << one << u"hunter2hunter2 mid hunter2hunter2"_s
                                         << u"[REDACTED] mid [REDACTED]"_s;
    QTest::addRow("longer secret containing a shorter one")
        << QStringList{u"abcdefgh"_s, u"xxabcdefghyy"_s} << u"1 xxabcdefghyy 2 abcdefgh"_s
        << u"1 [REDACTED] 2 [REDACTED]"_s;
    QTest::addRow("non-ASCII secret") << QStringList{u"pässwörd-ünïcode"_s} << u"pw: pässwörd-ünïcode!"_s
                                      << u"pw: [REDACTED]!"_s;
    QTest::addRow("key shape") << none << u"key sk-ant-api03-AbC_d-9 used"_s << u"key [REDACTED] used"_s;
    QTest::addRow("key shape stops at other chars") << none << u"(sk-ant-abc.def)"_s << u"([REDACTED].def)"_s;
    QTest::addRow("key shape in quotes") << none << uR"({"k":"sk-ant-XYZ"})"_s << uR"({"k":"[REDACTED]"})"_s;
    QTest::addRow("key shape at end") << none << u"export K=sk-ant-zz"_s << u"export K=[REDACTED]"_s;
    QTest::addRow("prefix alone is not a key") << none << u"sk-ant- and sk-ant-"_s << u"sk-ant- and sk-ant-"_s;
    QTest::addRow("two keys") << none << u"sk-ant-a sk-ant-b"_s << u"[REDACTED] [REDACTED]"_s;
    QTest::addRow("similar but not a key") << none << u"sk-an-t sk_ant_x SK-ANT-x"_s << u"sk-an-t sk_ant_x SK-ANT-x"_s;
    QTest::addRow("secret and key shape") << one << u"hunter2hunter2 sk-ant-q1"_s << u"[REDACTED] [REDACTED]"_s;
}

void TestRedactor::redactsText()
{
    QFETCH(QStringList, secrets);
    QFETCH(QString, input);
    QFETCH(QString, expected);

    Redactor redactor;
    for (const QString &secret : secrets)
        QVERIFY(redactor.addSecret(secret));
    const QByteArray utf8 = input.toUtf8();
    std::string text(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    const bool changed = redactor.redact(text);
    QCOMPARE(QString::fromStdString(text), expected);
    QCOMPARE(changed, input != expected);
}

void TestRedactor::refusesShortAndDuplicateSecrets()
{
    Redactor redactor;
    QVERIFY(!redactor.addSecret(u"short"_s));
    QVERIFY(!redactor.addSecret(u"1234567"_s));
    QVERIFY(!redactor.addSecret(QString()));
    QCOMPARE(redactor.secretCount(), std::size_t(0));
    QVERIFY(redactor.addSecret(u"12345678"_s));
    QVERIFY(!redactor.addSecret(u"12345678"_s));
    QCOMPARE(redactor.secretCount(), std::size_t(1));
    // Refused short values must not mangle ordinary text.
    std::string text = "a short word";
    QVERIFY(!redactor.redact(text));
    QCOMPARE(text, std::string("a short word"));
}

void TestRedactor::environmentSecrets()
{
    const QByteArray savedKey = qgetenv("ANTHROPIC_API_KEY");
    const QByteArray savedToken = qgetenv("ANTHROPIC_AUTH_TOKEN");
    qputenv("ANTHROPIC_API_KEY", "env-api-key-value-123");
    qputenv("ANTHROPIC_AUTH_TOKEN", "tiny");  // below the minimum: ignored

    Redactor redactor;
    const int added = redactor.addEnvironmentSecrets();

    if (savedKey.isNull())
        qunsetenv("ANTHROPIC_API_KEY");
    else
        qputenv("ANTHROPIC_API_KEY", savedKey);
    if (savedToken.isNull())
        qunsetenv("ANTHROPIC_AUTH_TOKEN");
    else
        qputenv("ANTHROPIC_AUTH_TOKEN", savedToken);

    QCOMPARE(added, 1);
    QCOMPARE(redactor.redacted(u"k=env-api-key-value-123, tiny stays"_s), u"k=[REDACTED], tiny stays"_s);
}

void TestRedactor::redactsJsonValuesRecursively()
{
    Redactor redactor;
    QVERIFY(redactor.addSecret(u"secret-value-42"_s));
    nlohmann::json value = {
        {"plain", "hello"},
        {"secret-value-42", "key names are left alone"},
        {"nested", {{"deep", {"x", "a secret-value-42 b", 7, nullptr, {{"k", "sk-ant-abc"}}}}}},
        {"number", 42},
    };
    QVERIFY(redactor.redact(value));
    QCOMPARE(value["plain"].get<std::string>(), std::string("hello"));
    QCOMPARE(value["secret-value-42"].get<std::string>(), std::string("key names are left alone"));
    const nlohmann::json &deep = value["nested"]["deep"];
    QCOMPARE(deep[0].get<std::string>(), std::string("x"));
    QCOMPARE(deep[1].get<std::string>(), std::string("a [REDACTED] b"));
    QCOMPARE(deep[2].get<int>(), 7);
    QVERIFY(deep[3].is_null());
    QCOMPARE(deep[4]["k"].get<std::string>(), std::string("[REDACTED]"));
    QCOMPARE(value["number"].get<int>(), 42);

    nlohmann::ordered_json clean = {{"a", "b"}, {"c", {1, 2}}};
    const nlohmann::ordered_json before = clean;
    QVERIFY(!redactor.redact(clean));
    QCOMPARE(clean, before);
}

void TestRedactor::qstringRoundTrip()
{
    Redactor redactor;
    QVERIFY(redactor.addSecret(u"0123456789"_s));
    const QString text = u"日本語 0123456789 😀"_s;
    QCOMPARE(redactor.redacted(text), u"日本語 [REDACTED] 😀"_s);
    const QString clean = u"日本語 😀"_s;
    QCOMPARE(redactor.redacted(clean), clean);
}

void TestRedactor::largeCleanTextIsCheap()
{
    Redactor redactor;
    QVERIFY(redactor.addSecret(u"first-secret-value"_s));
    QVERIFY(redactor.addSecret(u"second-secret-value"_s));
    // Many near misses ('s', "sk-", "sk-ant") make a naive scanner slow; a linear one does not care.
    std::string text;
    text.reserve(1 << 20);
    while (text.size() < (1u << 20))
        text += "sk-an first-secret-valu s sk- second ";
    const std::string original = text;

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i)
        QVERIFY(!redactor.redact(text));
    // Generous: a linear scan takes a few ms per MB; only a pathological one gets near this.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"10 scans of 1 MB took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(text, original);

    text += " sk-ant-tail";
    QVERIFY(redactor.redact(text));
    QCOMPARE(text.substr(text.size() - 11), std::string(" [REDACTED]"));
    QCOMPARE(text.size(), original.size() + 11);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
