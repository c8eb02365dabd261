#include "TaskListParser.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

// Lower-case words without the punctuation around them.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression edges(u"^[^\\w]+|[^\\w]+$"_s);
    QStringList words;
    const QStringList parts = text.toLower().split(u' ', Qt::SkipEmptyParts);
    for (QString word : parts) {
        word.remove(edges);
        if (!word.isEmpty())
            words << word;
    }
    return words;
}

qsizetype wordCount(const QString &text)
{
    return text.simplified().split(u' ', Qt::SkipEmptyParts).size();
}

// An item without the separators that joined it to the next one and without a checkbox.
QString cleanItem(const QString &text)
{
    static const QRegularExpression trailing(u"(?:\\s*[,;]|\\s+(?:and|&))+\\s*$"_s);
    static const QRegularExpression leading(u"^(?:and|&)\\s+"_s);
    static const QRegularExpression checkbox(u"^\\[[ xX]\\]\\s+"_s);
    QString item = text.trimmed();
    item.remove(trailing);
    item.remove(leading);
    item.remove(checkbox);
    return item.trimmed();
}

QString joinParagraphs(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(u"\n\n"_s);
}

// Words after which a list holds the parts of one job, not separate jobs.
const QSet<QString> &detailWords()
{
    static const QSet<QString> words{
        u"with"_s,        u"including"_s,  u"containing"_s,   u"featuring"_s,   u"having"_s,       u"has"_s,
        u"where"_s,
        u"requirements"_s, u"requirement"_s, u"constraints"_s, u"notes"_s,      u"note"_s,         u"criteria"_s,
        u"details"_s,     u"specs"_s,      u"specification"_s, u"specifications"_s, u"rules"_s,   u"guidelines"_s,
        u"context"_s,     u"background"_s, u"assumptions"_s,  u"conditions"_s,  u"example"_s,      u"examples"_s,
        u"eg"_s,          u"e.g"_s,        u"ie"_s,           u"i.e"_s,         u"hint"_s,         u"hints"_s,
        u"tip"_s,         u"tips"_s,       u"warning"_s,      u"important"_s,   u"reminder"_s,     u"nb"_s,
        u"ps"_s,
        // Steps of one job run one after another, never in parallel.
        u"steps"_s,       u"phases"_s,     u"stages"_s};
    return words;
}

const QSet<QString> &detailPrepositions()
{
    // Not "have" or "like": "I have the following tasks:" and "I'd like these:" announce jobs.
    static const QSet<QString> words{u"with"_s, u"including"_s, u"containing"_s, u"featuring"_s, u"having"_s};
    return words;
}

const QSet<QString> &determiners()
{
    static const QSet<QString> words{u"the"_s, u"these"_s, u"those"_s, u"following"_s, u"some"_s, u"all"_s,
                                     u"both"_s, u"several"_s, u"each"_s, u"a"_s, u"an"_s};
    return words;
}

// Subjects that start a clause: a "list" of them is prose ("it is slow, and hard to test").
const QSet<QString> &clauseStarts()
{
    static const QSet<QString> words{u"it"_s,   u"they"_s, u"this"_s, u"that"_s,  u"we"_s,  u"i"_s,
                                     u"you"_s,  u"he"_s,   u"she"_s,  u"there"_s, u"its"_s, u"our"_s,
                                     u"their"_s, u"is"_s,  u"are"_s,  u"was"_s};
    return words;
}

// Lead-in ending in a quantity ("three apps", "both", "the following"): a list is expected.
bool announcesSeveral(const QString &leadIn)
{
    static const QSet<QString> words{u"two"_s,       u"three"_s, u"four"_s,    u"five"_s,    u"six"_s,
                                     u"seven"_s,     u"eight"_s, u"nine"_s,    u"ten"_s,     u"both"_s,
                                     u"following"_s, u"these"_s, u"several"_s, u"multiple"_s};
    static const QRegularExpression number(u"^\\d+$"_s);
    const QStringList found = wordsOf(leadIn);
    for (const QString &word : found) {
        if (words.contains(word) || number.match(word).hasMatch())
            return true;
    }
    return false;
}

} // namespace

bool TaskListParser::introducesDetails(const QString &leadIn)
{
    const QStringList words = wordsOf(leadIn);
    if (words.isEmpty())
        return false;
    if (detailWords().contains(words.last()))
        return true;
    // "Write a blog post about Rust:" or "Create a website:": the list details that one thing.
    // But "a few", "a set of" and the like announce several.
    static const QSet<QString> several{u"few"_s,    u"couple"_s,     u"number"_s,  u"set"_s,     u"list"_s,
                                       u"series"_s, u"collection"_s, u"handful"_s, u"variety"_s, u"bunch"_s};
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const QString &word = words.at(i);
        if ((word == u"a"_s || word == u"an"_s || word == u"one"_s || word == u"single"_s)
            && !several.contains(words.at(i + 1)) && !announcesSeveral(leadIn))
            return true;
    }
    // "with these endpoints", "including the following screens"; but not "with React".
    for (qsizetype i = words.size() - 1; i >= 0 && i >= words.size() - 4; --i) {
        if (!detailPrepositions().contains(words.at(i)))
            continue;
        for (qsizetype k = i + 1; k < words.size(); ++k) {
            if (determiners().contains(words.at(k)))
                return true;
        }
    }
    return false;
}

QString TaskListParser::splitLeadIn(const QString &text, QString *preamble)
{
    static const QRegularExpression boundary(u"[.!?](?:\\s+)|\\n+"_s);
    QString leadIn = text.trimmed();
    while (leadIn.endsWith(u':'))
        leadIn.chop(1);
    qsizetype cut = 0;
    for (auto it = boundary.globalMatch(leadIn); it.hasNext();)
        cut = it.next().capturedEnd();
    if (preamble != nullptr)
        *preamble = leadIn.left(cut).trimmed();
    return leadIn.mid(cut).trimmed();
}

std::optional<TaskList> TaskListParser::parse(const QString &task)
{
    if (auto list = lineList(task))
        return list;
    if (auto list = inlineNumberedList(task))
        return list;
    return colonList(task);
}

std::optional<TaskList> TaskListParser::lineList(const QString &task)
{
    static const QRegularExpression itemLine(u"^(?:\\d{1,3}[.)]|\\(\\d{1,3}\\)|[-*+\u2022])\\s+(\\S.*)$"_s);
    static const QRegularExpression heading(u"^#{1,6}\\s+"_s);
    static const QRegularExpression loneMark(u"^(?:\\d{1,3}[.)]|\\(\\d{1,3}\\)|[-*+\u2022])$"_s);

    enum class Kind { Blank, Text, Item };
    struct Line
    {
        Kind kind;
        int indent;
        QString text;     // the item's text for items, the trimmed line otherwise
        QString trimmed;  // the whole line, trimmed
    };
    QList<Line> lines;
    bool inFence = false;
    for (QString raw : task.split(u'\n')) {
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        int indent = 0;
        for (const QChar c : raw) {
            if (c == u' ')
                ++indent;
            else if (c == u'\t')
                indent += 4;
            else
                break;
        }
        const QString trimmed = raw.trimmed();
        const bool fence = trimmed.startsWith(u"```"_s) || trimmed.startsWith(u"~~~"_s);
        if ((trimmed.isEmpty() || loneMark.match(trimmed).hasMatch()) && !inFence) {
            lines.append({Kind::Blank, indent, QString(), QString()});
        } else if (const auto match = itemLine.match(trimmed); !inFence && !fence && match.hasMatch()) {
            lines.append({Kind::Item, indent, match.captured(1), trimmed});
        } else {
            lines.append({Kind::Text, indent, trimmed, trimmed});
        }
        if (fence)
            inFence = !inFence;
    }

    int baseIndent = INT_MAX;
    for (const Line &line : std::as_const(lines)) {
        if (line.kind == Kind::Item)
            baseIndent = std::min(baseIndent, line.indent);
    }
    const auto isTop = [baseIndent](const Line &line) {
        return line.kind == Kind::Item && line.indent <= baseIndent + 1;
    };
    qsizetype first = -1;
    int topCount = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isTop(lines.at(i))) {
            topCount++;
            if (first < 0)
                first = i;
        }
    }
    if (topCount < 2)
        return std::nullopt;

    // The lead-in is the last line before the list when it ends with a colon or is a heading;
    // anything before it is a preamble every item keeps.
    QStringList preamble;
    QString leadIn;
    qsizetype last = first - 1;
    while (last >= 0 && lines.at(last).kind == Kind::Blank)
        --last;
    for (qsizetype i = 0; i < first; ++i) {
        const QString &text = lines.at(i).text;
        if (i == last && (text.endsWith(u':') || heading.match(text).hasMatch())) {
            QString before;
            leadIn = splitLeadIn(QString(text).remove(heading), &before);
            preamble << before;
        } else {
            preamble << text;
        }
    }
    if (introducesDetails(leadIn))
        return std::nullopt;

    TaskList list;
    QStringList trailer;
    bool afterBlank = false;
    for (qsizetype i = first; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (line.kind == Kind::Blank) {
            afterBlank = true;
            continue;
        }
        if (isTop(line)) {
            list.items.append({leadIn, line.text});
        } else if (line.indent > baseIndent + 1 || line.kind == Kind::Item) {
            // Nested items and indented lines belong to the item above.
            list.items.last().text += u'\n' + line.trimmed;
        } else if (line.text.endsWith(u':') && !introducesDetails(line.text)) {
            leadIn = splitLeadIn(line.text, nullptr);  // a sub-heading for the items below it
        } else if (!afterBlank && trailer.isEmpty() && line.text.at(0).isLower()) {
            list.items.last().text += u'\n' + line.trimmed;  // a wrapped item line
        } else {
            trailer << line.text;
        }
        afterBlank = false;
    }

    QList<TaskListItem> kept;
    for (TaskListItem &item : list.items) {
        item.text = cleanItem(item.text);
        if (!item.text.isEmpty())
            kept << item;
    }
    if (kept.size() < 2)
        return std::nullopt;
    list.items = kept;
    list.context = joinParagraphs({preamble.join(u'\n'), trailer.join(u'\n')});
    return list;
}

std::optional<TaskList> TaskListParser::inlineNumberedList(const QString &task)
{
    // "1) ", "1. " or "(1) " at the start or after a space or separator; the numbers must run
    // 1, 2, 3... in one style, so "Python 3.11" or "build 2 tools" never count.
    static const QRegularExpression marker(u"(?:^|(?<=[\\s:;,]))(?:\\((\\d{1,2})\\)|(\\d{1,2})([.)]))(?=\\s)"_s);
    static const QRegularExpression sentenceEnd(u"(?<=[.!?])\\s+(?=[A-Z])|\\n\\s*\\n"_s);

    struct Marker
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Marker> markers;
    QString style;
    int expected = 1;
    for (auto it = marker.globalMatch(task); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const bool wrapped = match.capturedLength(1) > 0;
        const int number = (wrapped ? match.captured(1) : match.captured(2)).toInt();
        const QString thisStyle = wrapped ? u"()"_s : match.captured(3);
        if (number != expected || (expected > 1 && thisStyle != style))
            continue;
        style = thisStyle;
        markers.append({match.capturedStart(), match.capturedEnd()});
        ++expected;
    }
    if (markers.size() < 2)
        return std::nullopt;

    const QString before = task.left(markers.first().start).trimmed();
    // "I have two problems." ends a sentence: then nothing introduces the items, and a long
    // lead-in without a colon is a preamble, not words to repeat before each item.
    QString preamble = before;
    QString leadIn;
    if (!before.endsWith(u'.') && !before.endsWith(u'!') && !before.endsWith(u'?')) {
        QString rest;
        const QString candidate = splitLeadIn(before, &rest);
        if (before.endsWith(u':') || wordCount(candidate) <= 12) {
            leadIn = candidate;
            preamble = rest;
        }
    }
    if (introducesDetails(leadIn))
        return std::nullopt;

    TaskList list;
    QString trailer;
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const qsizetype end = i + 1 < markers.size() ? markers.at(i + 1).start : task.size();
        QString text = task.mid(markers.at(i).end, end - markers.at(i).end);
        if (i + 1 == markers.size()) {
            // Sentences after the last item are notes for every item.
            if (const auto split = sentenceEnd.match(text); split.hasMatch()) {
                trailer = text.mid(split.capturedEnd());
                text.truncate(split.capturedStart());
                if (text.endsWith(u'.'))
                    text.chop(1);  // the full stop ended the list, not the item
            }
        }
        text = cleanItem(text);
        if (!text.isEmpty())
            list.items.append({leadIn, text});
    }
    if (list.items.size() < 2)
        return std::nullopt;
    list.context = joinParagraphs({preamble, trailer});
    return list;
}

std::optional<TaskList> TaskListParser::colonList(const QString &task)
{
    static const QRegularExpression colon(u":(?=\\s)"_s);
    static const QRegularExpression listEnd(u"[.!?](?=\\s|$)|\\n"_s);
    static const QRegularExpression separators(u"\\s*[,;]\\s*"_s);
    static const QRegularExpression lastAnd(u"^(.*\\S)\\s+(?:and|&)\\s+(\\S.*)$"_s);
    static const QRegularExpression endsInOr(u"(?:^|,|\\s)or\\s+\\S[^,;]*$"_s);

    const QRegularExpressionMatch colonMatch = colon.match(task);
    if (!colonMatch.hasMatch())
        return std::nullopt;
    QString preamble;
    const QString leadIn = splitLeadIn(task.left(colonMatch.capturedStart()), &preamble);
    if (introducesDetails(leadIn))
        return std::nullopt;

    qsizetype start = colonMatch.capturedEnd();
    while (start < task.size() && task.at(start).isSpace())
        ++start;
    const QRegularExpressionMatch end = listEnd.match(task, start);
    const qsizetype listStop = end.hasMatch() ? end.capturedStart() : task.size();
    const QString listText = task.mid(start, listStop - start);
    const QString trailer = end.hasMatch() ? task.mid(end.capturedEnd()) : QString();

    // A choice ("a, b or c") is not a set of jobs.
    if (endsInOr.match(listText).hasMatch())
        return std::nullopt;
    QStringList parts = listText.split(separators, Qt::SkipEmptyParts);
    const bool hadSeparators = parts.size() > 1;
    if (!parts.isEmpty()) {
        // "b and c" at the end splits, unless the left side is a phrase of its own
        // ("a backend with auth and logging").
        static const QSet<QString> prepositions{u"with"_s, u"for"_s, u"of"_s,    u"to"_s, u"in"_s,
                                                u"on"_s,   u"from"_s, u"using"_s, u"by"_s, u"between"_s};
        const QString lastPart = cleanItem(parts.last());
        if (const auto match = lastAnd.match(lastPart); match.hasMatch()) {
            bool phrase = false;
            const QStringList leftWords = wordsOf(match.captured(1));
            for (const QString &word : leftWords)
                phrase = phrase || prepositions.contains(word);
            if (!phrase && (hadSeparators || announcesSeveral(leadIn))) {
                parts.removeLast();
                parts << match.captured(1) << match.captured(2);
            }
        }
    }

    TaskList list;
    for (const QString &part : std::as_const(parts)) {
        const QString item = cleanItem(part);
        if (item.isEmpty())
            continue;
        const QStringList words = wordsOf(item);
        // Items of a list are short noun phrases; clauses mean this is prose with commas.
        if (wordCount(item) > 8 || (!words.isEmpty() && clauseStarts().contains(words.first())))
            return std::nullopt;
        list.items.append({leadIn, item});
    }
    if (list.items.size() < 2)
        return std::nullopt;
    list.context = joinParagraphs({preamble, trailer});
    return list;
}

} // namespace orch
