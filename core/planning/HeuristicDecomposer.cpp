#include "HeuristicDecomposer.h"

#include "errors/OrchestratorError.h"
#include "planning/TaskListParser.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

QString bare(const QString &word)
{
    static const QRegularExpression edges(u"^[^\\w]+|[^\\w]+$"_s);
    return word.toLower().remove(edges);
}

QStringList bareWords(const QString &text)
{
    QStringList words;
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (const QString word = bare(part); !word.isEmpty())
            words << word;
    }
    return words;
}

qsizetype wordCount(const QString &text)
{
    return text.simplified().split(u' ', Qt::SkipEmptyParts).size();
}

// Imperatives a lead-in starts jobs with; a lead-in without one is a label ("Frontend:").
bool hasVerb(const QString &leadIn)
{
    static const QSet<QString> verbs{
        u"add"_s,      u"analyse"_s,   u"analyze"_s,   u"audit"_s,     u"automate"_s,   u"benchmark"_s,  u"build"_s,
        u"check"_s,    u"clean"_s,     u"code"_s,      u"collect"_s,   u"compare"_s,    u"compose"_s,    u"configure"_s,
        u"convert"_s,  u"create"_s,    u"debug"_s,     u"delete"_s,    u"deploy"_s,     u"describe"_s,   u"design"_s,
        u"develop"_s,  u"do"_s,        u"document"_s,  u"draft"_s,     u"evaluate"_s,   u"explain"_s,    u"extract"_s,
        u"find"_s,     u"fix"_s,       u"generate"_s,  u"implement"_s, u"improve"_s,    u"install"_s,    u"integrate"_s,
        u"investigate"_s, u"make"_s,   u"merge"_s,     u"migrate"_s,   u"move"_s,       u"optimise"_s,   u"optimize"_s,
        u"outline"_s,  u"package"_s,   u"parse"_s,     u"port"_s,      u"prepare"_s,    u"produce"_s,    u"profile"_s,
        u"program"_s,  u"prototype"_s, u"publish"_s,   u"refactor"_s,  u"remove"_s,     u"rename"_s,     u"replace"_s,
        u"reproduce"_s, u"research"_s, u"review"_s,    u"rewrite"_s,   u"run"_s,        u"scaffold"_s,   u"scrape"_s,
        u"search"_s,   u"set"_s,       u"setup"_s,     u"split"_s,     u"summarise"_s,  u"summarize"_s,  u"support"_s,
        u"test"_s,     u"train"_s,     u"translate"_s, u"update"_s,    u"upgrade"_s,    u"validate"_s,   u"verify"_s,
        u"write"_s};
    const QStringList words = bareWords(leadIn);
    for (const QString &word : words) {
        if (verbs.contains(word))
            return true;
    }
    return false;
}

// "Tasks", "Our goals", "TODO": a lead-in that only says a list follows.
bool isGenericLabel(const QString &leadIn)
{
    static const QSet<QString> labels{u"task"_s,      u"tasks"_s,      u"subtask"_s,   u"subtasks"_s,   u"todo"_s,
                                      u"todos"_s,     u"to-do"_s,      u"goal"_s,      u"goals"_s,      u"objective"_s,
                                      u"objectives"_s, u"item"_s,      u"items"_s,     u"list"_s,
                                      u"deliverables"_s, u"jobs"_s,    u"work"_s,      u"plan"_s,       u"checklist"_s,
                                      u"backlog"_s,   u"assignments"_s, u"projects"_s, u"agenda"_s};
    static const QSet<QString> fillers{u"my"_s, u"our"_s, u"your"_s, u"the"_s, u"these"_s, u"following"_s,
                                       u"today's"_s, u"todays"_s, u"open"_s, u"main"_s};
    QStringList words = bareWords(leadIn);
    words.removeIf([](const QString &word) { return fillers.contains(word); });
    return !words.isEmpty() && words.size() <= 2 && labels.contains(words.last());
}

QString singular(const QString &plural)
{
    if (plural.endsWith(u"ies"_s) && plural.size() > 4)
        return plural.chopped(3) + u'y';
    for (const QString &ending : {u"sses"_s, u"xes"_s, u"ches"_s, u"shes"_s}) {
        if (plural.endsWith(ending))
            return plural.chopped(2);
    }
    return plural.chopped(1);
}

// "Create three small apps" -> verb part "Create", noun "app"; "Fix the following" -> "Fix", "".
struct Collective
{
    QString verbPart;
    QString noun;
    bool found = false;
};

Collective splitCollective(const QString &leadIn)
{
    static const QSet<QString> adjectives{u"different"_s, u"separate"_s,   u"small"_s, u"simple"_s,  u"new"_s,
                                          u"independent"_s, u"standalone"_s, u"basic"_s, u"little"_s, u"tiny"_s,
                                          u"distinct"_s,  u"individual"_s, u"short"_s, u"quick"_s};
    static const QSet<QString> quantities{
        u"the"_s,  u"these"_s, u"those"_s, u"following"_s, u"some"_s, u"all"_s,   u"both"_s,  u"several"_s,
        u"multiple"_s, u"a"_s, u"few"_s,   u"couple"_s,     u"of"_s,   u"many"_s,  u"various"_s, u"each"_s,
        u"additional"_s, u"one"_s, u"two"_s, u"three"_s,   u"four"_s, u"five"_s,  u"six"_s,   u"seven"_s,
        u"eight"_s, u"nine"_s, u"ten"_s,   u"eleven"_s,     u"twelve"_s};
    static const QRegularExpression digits(u"^\\d+$"_s);

    static const QSet<QString> pointers{u"below"_s, u"here"_s, u"listed"_s, u"follows"_s, u"as"_s};

    QStringList tokens = leadIn.simplified().split(u' ', Qt::SkipEmptyParts);
    while (!tokens.isEmpty() && pointers.contains(bare(tokens.last())))  // "the apps listed below"
        tokens.removeLast();
    qsizetype index = tokens.size() - 1;
    Collective result;
    QString noun;
    if (index > 0) {
        const QString last = bare(tokens.at(index));
        if (last.size() > 3 && last.endsWith(u's') && !last.endsWith(u"ss"_s) && !quantities.contains(last)) {
            noun = singular(last);
            --index;
        }
    }
    while (index >= 0 && adjectives.contains(bare(tokens.at(index))))
        --index;
    while (index >= 0 && (quantities.contains(bare(tokens.at(index))) || digits.match(tokens.at(index)).hasMatch())) {
        --index;
        result.found = true;
    }
    // A bare plural right after the verb is a collective too: "Create apps", "Fix bugs".
    if (!result.found && !noun.isEmpty() && index >= 0 && index == tokens.size() - 2 && hasVerb(tokens.at(index)))
        result.found = true;
    if (!result.found) {
        result.verbPart = leadIn.simplified();
        return result;
    }
    result.verbPart = tokens.mid(0, index + 1).join(u' ');
    result.noun = noun;
    return result;
}

// "todo" + "application" -> "todo application"; "Todo app" stays; long items stay.
QString withNoun(const QString &item, const QString &noun)
{
    static const QSet<QString> generic{u"thing"_s, u"item"_s, u"task"_s,  u"subtask"_s, u"part"_s,    u"piece"_s,
                                       u"one"_s,   u"step"_s, u"job"_s,   u"bit"_s,     u"element"_s, u"point"_s};
    static const QSet<QString> appWords{u"app"_s, u"apps"_s, u"application"_s, u"applications"_s};
    if (noun.isEmpty() || generic.contains(noun) || wordCount(item) > 3)
        return item;
    const QStringList words = bareWords(item);
    for (const QString &word : words) {
        // "script_1.py" already names a script.
        if (word.contains(noun) || (appWords.contains(noun) && appWords.contains(word)))
            return item;
    }
    return item + u' ' + noun;
}

// "A todo app" after a verb reads "Create a todo app".
QString lowerArticle(const QString &item)
{
    static const QRegularExpression article(u"^(?:A|An|The)\\s"_s);
    if (!article.match(item).hasMatch())
        return item;
    return item.at(0).toLower() + item.mid(1);
}

// Items that already say what to do ("Write the docs"), so no lead-in goes before them. Only
// verbs that are rarely nouns: "search box" or "test data" are things, not orders.
bool startsWithImperative(const QString &item)
{
    static const QSet<QString> verbs{
        u"add"_s,       u"analyse"_s,  u"analyze"_s,   u"automate"_s,  u"build"_s,     u"clean"_s,    u"collect"_s,
        u"compare"_s,   u"configure"_s, u"convert"_s,  u"create"_s,    u"delete"_s,    u"deploy"_s,   u"describe"_s,
        u"develop"_s,   u"draft"_s,    u"evaluate"_s,  u"explain"_s,   u"extract"_s,   u"find"_s,     u"fix"_s,
        u"generate"_s,  u"implement"_s, u"improve"_s,  u"install"_s,   u"integrate"_s, u"investigate"_s,
        u"make"_s,      u"migrate"_s,  u"optimise"_s,  u"optimize"_s,  u"prepare"_s,   u"refactor"_s, u"remove"_s,
        u"rewrite"_s,   u"scrape"_s,   u"summarise"_s, u"summarize"_s, u"translate"_s, u"validate"_s, u"verify"_s,
        u"write"_s};
    const QStringList words = bareWords(item);
    return words.size() >= 2 && verbs.contains(words.first());
}

// One item's prompt: the lead-in joined to the item the way a person would write it.
// longItems: some item of the list is more than a short name, so "Fix the following bugs: <item>"
// reads better than "Fix <item> bug".
QString composePrompt(const QString &leadIn, const QString &item, bool longItems)
{
    const QString head = leadIn.simplified();
    if (head.isEmpty() || isGenericLabel(head))
        return item;
    if (!hasVerb(head))
        return head + u": "_s + item;  // "Frontend: login page"
    if (startsWithImperative(item))
        return item;
    const Collective collective = splitCollective(head);
    if (collective.found && longItems)
        return head + u": "_s + item;
    if (collective.verbPart.isEmpty())
        return withNoun(item, collective.noun);
    return collective.verbPart + u' ' + withNoun(lowerArticle(item), collective.noun);
}

} // namespace

QString HeuristicDecomposer::name() const
{
    return u"heuristic"_s;
}

Plan HeuristicDecomposer::decompose(const QString &task)
{
    const QString trimmed = task.trimmed();
    if (trimmed.isEmpty())
        throw TaskDecompositionError(tr("The task is empty: there is nothing to plan."));

    Plan plan;
    plan.task = trimmed;
    if (const std::optional<TaskList> list = TaskListParser::parse(trimmed)) {
        bool longItems = false;
        for (const TaskListItem &item : list->items)
            longItems = longItems || wordCount(item.text) > 3;
        for (const TaskListItem &item : list->items) {
            QString prompt = composePrompt(item.leadIn, item.text, longItems);
            if (!list->context.isEmpty())
                prompt += u"\n\n"_s + list->context;
            plan.subtasks << Subtask{QString::number(plan.subtasks.size() + 1), Subtask::titleFromPrompt(prompt),
                                     prompt, {}};
        }
        return plan;
    }
    plan.subtasks << Subtask{u"1"_s, Subtask::titleFromPrompt(trimmed), trimmed, {}};
    return plan;
}

} // namespace orch
