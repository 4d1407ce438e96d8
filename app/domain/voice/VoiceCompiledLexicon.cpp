#include "app/domain/voice/VoiceCompiledLexicon.h"

#include "app/domain/voice/VoiceText.h"

namespace bd {

VoiceCompiledLexicon::VoiceCompiledLexicon(const VoiceLexicon &lexicon)
{
    dateList = newList();
    durationList = newList();
    amountList = newList();
    for (auto it = lexicon.cues.constBegin(); it != lexicon.cues.constEnd(); ++it) {
        const int list = namedList(it.key());
        for (const QString &phrase : it.value()) {
            addRole(phrase, Role::List, list);
            if (it.key() == QLatin1String("negation"))
                addRole(phrase, Role::Negation, 0);
            else if (it.key() == QLatin1String("negation_end"))
                addRole(phrase, Role::NegationEnd, 0);
            else if (it.key() == QLatin1String("done_action"))
                addRole(phrase, Role::DoneAction, 0);
            else if (it.key() == QLatin1String("not_negation"))
                addRole(phrase, Role::NotNegation, 0);
            else if (it.key() == QLatin1String("hedge"))
                addRole(phrase, Role::Hedge, 0);
            else if (it.key() == QLatin1String("sentence_break"))
                addRole(phrase, Role::Break, 0);
        }
    }
    const int product = namedList(QStringLiteral("product"));
    for (const VoiceFamilyDefinition &family : std::as_const(lexicon.families)) {
        const int list = namedList(QStringLiteral("family.") + family.code);
        familyLists.push_back(list);
        for (const QString &term : family.terms) {
            addRole(term, Role::List, list);
            addRole(term, Role::List, product);
        }
    }
    pairs.resize(size_t(lexicon.labels.size()));
    phraseLists.resize(size_t(lexicon.labels.size()));
    for (int l = 0; l < lexicon.labels.size(); ++l) {
        const VoiceLabelDefinition &label = lexicon.labels.at(l);
        for (const QString &phrase : label.phrases) {
            if (isReference(phrase))
                phraseLists[size_t(l)].push_back(referencedList(phrase));
            else
                addRole(phrase, Role::Phrase, l);
        }
        for (const QString &phrase : label.exclude) {
            if (phrase.startsWith(QLatin1Char('^')))
                addRole(phrase.mid(1), Role::ExcludeAtStart, l);
            else
                addRole(phrase, Role::Exclude, l);
        }
        for (const QString &phrase : label.negatedBy)
            addRole(phrase, Role::LabelNegation, l);
        for (const QString &phrase : label.negatedAfter)
            addRole(phrase, Role::LabelNegationAfter, l);
        for (const VoiceLabelDefinition::Pair &pair : label.pairs)
            pairs[size_t(l)].push_back({side(pair.first), side(pair.then), pair.gap,
                                        pair.anyOrder, pair.sentence});
    }
    yields.resize(size_t(lexicon.labels.size()));
    for (int l = 0; l < lexicon.labels.size(); ++l) {
        const VoiceLabelDefinition &label = lexicon.labels.at(l);
        for (const QString &key : label.yieldsTo)
            for (int other = 0; other < lexicon.labels.size(); ++other)
                if (other != l && lexicon.labels.at(other).key() == key)
                    yields[size_t(l)].labels.push_back(other);
        yields[size_t(l)].unless = side(label.yieldUnless);
    }
    matcher.build();
    roles.resize(size_t(matcher.phraseCount()));
    for (const VoiceMisspelling &m : std::as_const(lexicon.misspellings)) {
        const int id = misspellings.add(VoiceText::normalised(m.wrong));
        if (size_t(id) >= misspellingRight.size())
            misspellingRight.resize(size_t(id) + 1);
        misspellingRight[size_t(id)] = VoiceText::normalised(m.right);
    }
    misspellings.build();
    fillers.emplace(lexicon.cues.value(QStringLiteral("filler")));
}

int VoiceCompiledLexicon::namedList(const QString &name)
{
    const auto it = listIndex.constFind(name);
    if (it != listIndex.constEnd())
        return *it;
    const int index = newList();
    listIndex.insert(name, index);
    return index;
}

void VoiceCompiledLexicon::addRole(const QString &phrase, Role role, int index)
{
    const QString normal = VoiceText::normalised(phrase);
    if (normal.isEmpty())
        return;
    const int id = matcher.add(normal);
    if (size_t(id) >= roles.size())
        roles.resize(size_t(id) + 1);
    roles[size_t(id)].push_back({role, index});
}

// The list a reference names: "@name" or "!@name" (that list's words negated).
int VoiceCompiledLexicon::referencedList(const QString &item)
{
    if (item.startsWith(QLatin1String("!@"))) {
        const QString key = QLatin1Char('!') + item.mid(2);
        const auto it = listIndex.constFind(key);
        if (it != listIndex.constEnd())
            return *it;
        const int derived = newList();
        listIndex.insert(key, derived);
        negatedLists.push_back({derived, referencedList(item.mid(1))});
        return derived;
    }
    const QString name = item.mid(1);
    if (name == QLatin1String("date"))
        return dateList;
    if (name == QLatin1String("duration"))
        return durationList;
    if (name == QLatin1String("amount"))
        return amountList;
    return namedList(name);
}

bool VoiceCompiledLexicon::isReference(const QString &item)
{
    return item.startsWith(QLatin1Char('@')) || item.startsWith(QLatin1String("!@"));
}

VoiceCompiledLexicon::PairSide VoiceCompiledLexicon::side(const QStringList &items)
{
    PairSide side;
    int own = -1;
    for (const QString &item : items) {
        if (isReference(item)) {
            side.lists.push_back(referencedList(item));
        } else {
            if (own < 0) {
                own = newList();
                side.lists.push_back(own);
            }
            addRole(item, Role::List, own);
        }
    }
    return side;
}

} // namespace bd
