// The form's choices set one by one (by the dialog's tests and screenshots) and
// as a whole: what QSettings keeps between sessions, and restoring it.
#include "briefingoptionsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>

namespace civicstat {

namespace {

const QString scopeKey = QStringLiteral("scope");
const QString measuresKey = QStringLiteral("measures");
const QString audienceKey = QStringLiteral("audience");
const QString classifiedKey = QStringLiteral("classified");
const QString paperKey = QStringLiteral("paper");
const QString pdfAKey = QStringLiteral("pdfA");
const QString partsKey = QStringLiteral("parts");
const QString titleKey = QStringLiteral("title");
const QString chosenMeasuresScope = QStringLiteral("measures");

QString scopeText(const Scope &scope)
{
    switch (scope.kind) {
    case Scope::Kind::Citywide: return QStringLiteral("citywide");
    case Scope::Kind::Goal: return QStringLiteral("goal:") + scope.code;
    case Scope::Kind::Objective: return QStringLiteral("objective:") + scope.code;
    case Scope::Kind::Department: return QStringLiteral("dept:") + scope.code;
    }
    return {};
}

} // namespace

void BriefingOptionsForm::setScope(const Scope &scope)
{
    const ScopeChoice choice = scope.kind == Scope::Kind::Goal ? ScopeChoice::Goal
        : scope.kind == Scope::Kind::Department                ? ScopeChoice::Department
        : scope.kind == Scope::Kind::Objective                 ? ScopeChoice::Objective
                                                               : ScopeChoice::Citywide;
    m_scopeKind->setCurrentIndex(m_scopeKind->findData(int(choice)));
    if (const int index = m_scopeItem->findData(scope.code); index >= 0)
        m_scopeItem->setCurrentIndex(index);
}

void BriefingOptionsForm::setChosenMeasures(const QStringList &codes)
{
    m_scopeKind->setCurrentIndex(m_scopeKind->findData(int(ScopeChoice::Measures)));
    checkCodes(m_measureList, codes);
}

void BriefingOptionsForm::setPeriodText(const QString &text) { m_period->setText(text); }
void BriefingOptionsForm::setAudience(Audience audience)
{
    (audience == Audience::Public ? m_public : m_internal)->setChecked(true);
}
void BriefingOptionsForm::setClassifiedCodes(const QStringList &codes) { checkCodes(m_classifiedList, codes); }
void BriefingOptionsForm::setPaper(QPageSize::PageSizeId paper)
{
    if (const int index = m_paper->findData(int(paper)); index >= 0)
        m_paper->setCurrentIndex(index);
}
void BriefingOptionsForm::setPdfA(bool pdfA) { m_pdfA->setChecked(pdfA); }
void BriefingOptionsForm::setTitle(const QString &title) { m_title->setText(title); }
void BriefingOptionsForm::setParts(const BriefingParts &parts)
{
    m_summary->setChecked(parts.summary);
    m_attention->setChecked(parts.attention);
    m_scorecard->setChecked(parts.scorecard);
    m_measures->setChecked(parts.measures);
    m_appendix->setChecked(parts.appendix);
}

QVariantMap BriefingOptionsForm::choices() const
{
    const BriefingRequest chosen = request();
    QStringList parts;
    for (const auto &[on, name] : {std::pair{chosen.parts.summary, "summary"}, {chosen.parts.attention, "attention"},
                                   {chosen.parts.scorecard, "scorecard"}, {chosen.parts.measures, "measures"},
                                   {chosen.parts.appendix, "appendix"}}) {
        if (on)
            parts << QLatin1String(name);
    }
    return {{scopeKey, scopeChoice() == ScopeChoice::Measures ? chosenMeasuresScope : scopeText(chosen.scope)},
            {measuresKey, checkedCodes(m_measureList, false)}, // kept for when the audience is internal again
            {audienceKey, toText(chosen.edition.audience)},
            {classifiedKey, checkedCodes(m_classifiedList)},
            {paperKey, chosen.paper == QPageSize::A4 ? QStringLiteral("a4") : QStringLiteral("letter")},
            {pdfAKey, chosen.pdfA},
            {partsKey, parts},
            {titleKey, chosen.title}};
}

void BriefingOptionsForm::restoreChoices(const QVariantMap &choices)
{
    if (choices.isEmpty())
        return; // the first time: the defaults
    const QString scope = choices.value(scopeKey).toString();
    if (scope == chosenMeasuresScope)
        setChosenMeasures(choices.value(measuresKey).toStringList());
    else if (const auto parsed = Scope::parse(scope))
        setScope(*parsed);
    checkCodes(m_measureList, choices.value(measuresKey).toStringList());
    setAudience(audienceFromText(choices.value(audienceKey).toString()).value_or(Audience::Internal));
    setClassifiedCodes(choices.value(classifiedKey).toStringList());
    setPaper(choices.value(paperKey).toString() == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter);
    setPdfA(choices.value(pdfAKey).toBool());
    const QStringList parts = choices.value(partsKey).toStringList();
    setParts({parts.contains(QLatin1String("summary")), parts.contains(QLatin1String("attention")),
              parts.contains(QLatin1String("scorecard")), parts.contains(QLatin1String("measures")),
              parts.contains(QLatin1String("appendix"))});
    setTitle(choices.value(titleKey).toString());
}

} // namespace civicstat
