#include "briefingoptionsform.h"

#include "period.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace civicstat {

namespace {

bool isClassified(const Measure &measure)
{
    return measure.classification == Classification::Confidential
        || measure.classification == Classification::Restricted;
}

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(22); // under the radio button's text, not its circle
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    label->setFont(small);
    return label;
}

QListWidgetItem *measureItem(const Measure &measure, QListWidget *list)
{
    QString text = measure.code + QStringLiteral("  ") + measure.name;
    if (measure.classification != Classification::Public)
        text += QStringLiteral("  (%1)").arg(classificationStamp(measure.classification).toLower());
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, measure.code);
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    item->setCheckState(Qt::Unchecked);
    item->setToolTip(measure.definition.isEmpty() ? text : text + QStringLiteral("\n") + measure.definition);
    return item;
}

} // namespace

BriefingOptionsForm::BriefingOptionsForm(const Structure &structure, int fiscalYearStartMonth, QWidget *parent)
    : QWidget(parent)
    , m_structure(structure)
    , m_fiscalYearStartMonth(fiscalYearStartMonth)
    , m_scopeKind(new QComboBox(this))
    , m_scopeItem(new QComboBox(this))
    , m_measurePicker(new QWidget(this))
    , m_measureFilter(new QLineEdit(this))
    , m_measureList(new QListWidget(this))
    , m_measuresChosen(new QLabel(this))
    , m_period(new QLineEdit(this))
    , m_periodProblem(new QLabel(this))
    , m_internal(new QRadioButton(tr("&Internal, for staff"), this))
    , m_public(new QRadioButton(tr("P&ublic"), this))
    , m_classifiedPicker(new QWidget(this))
    , m_classifiedList(new QListWidget(this))
    , m_paper(new QComboBox(this))
    , m_pdfA(new QCheckBox(tr("PDF/&A, for the records archive"), this))
    , m_summary(new QCheckBox(tr("Su&mmary on one page"), this))
    , m_attention(new QCheckBox(tr("&Needs attention"), this))
    , m_scorecard(new QCheckBox(tr("Scorecard &table"), this))
    , m_measures(new QCheckBox(tr("A pa&ge per measure"), this))
    , m_appendix(new QCheckBox(tr("Appendi&x of definitions"), this))
    , m_title(new QLineEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox());
    auto *periodBox = new QGroupBox(tr("Period"), this);
    auto *periodForm = new QFormLayout(periodBox);
    periodForm->addRow(tr("P&eriod:"), m_period);
    periodForm->addRow(m_periodProblem);
    m_period->setPlaceholderText(tr("latest"));
    m_period->setToolTip(tr("Any period: a month (2026-09), a quarter (2026-Q3 or FY2027-Q1), a year (2026 or FY2027), "
                            "a week (2026-W10) or a day. Empty: the latest period with figures."));
    m_periodProblem->setWordWrap(true);
    m_periodProblem->setStyleSheet(QStringLiteral("color: #a4000f"));
    m_periodProblem->hide();
    layout->addWidget(periodBox);
    layout->addWidget(audienceBox());
    layout->addWidget(outputBox());
    layout->addStretch(1);

    for (QCheckBox *part : {m_summary, m_attention, m_scorecard, m_measures, m_appendix}) {
        part->setChecked(true);
        connect(part, &QCheckBox::toggled, this, &BriefingOptionsForm::changed);
    }
    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, [this] {
        fillScopeItems();
        emit changed();
    });
    connect(m_scopeItem, &QComboBox::currentIndexChanged, this, &BriefingOptionsForm::changed);
    connect(m_measureFilter, &QLineEdit::textChanged, this, &BriefingOptionsForm::filterMeasures);
    connect(m_measureList, &QListWidget::itemChanged, this, [this] {
        const int chosen = int(checkedCodes(m_measureList).size());
        m_measuresChosen->setText(chosen == 1 ? tr("1 measure chosen") : tr("%1 measures chosen").arg(chosen));
        emit changed();
    });
    connect(m_classifiedList, &QListWidget::itemChanged, this, &BriefingOptionsForm::changed);
    connect(m_period, &QLineEdit::textChanged, this, [this] {
        showPeriodProblem();
        emit changed();
    });
    connect(m_internal, &QRadioButton::toggled, this, [this] {
        showAudience();
        emit changed();
    });
    connect(m_paper, &QComboBox::currentIndexChanged, this, &BriefingOptionsForm::changed);
    connect(m_pdfA, &QCheckBox::toggled, this, &BriefingOptionsForm::changed);
    connect(m_title, &QLineEdit::textChanged, this, &BriefingOptionsForm::changed);
    // In the order they are shown, top to bottom, whatever order they were made in.
    const QList<QWidget *> tabOrder = {m_scopeKind, m_scopeItem, m_measureFilter, m_measureList, m_period,
                                       m_internal, m_classifiedList, m_public, m_title, m_paper, m_pdfA,
                                       m_summary, m_attention, m_scorecard, m_measures, m_appendix};
    for (int i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder[i - 1], tabOrder[i]);
    m_internal->setChecked(true);
    fillScopeItems();
    showAudience();
    m_measuresChosen->setText(tr("%1 measures chosen").arg(0));
}

QWidget *BriefingOptionsForm::scopeBox()
{
    auto *box = new QGroupBox(tr("Scope"), this);
    auto *form = new QFormLayout(box);
    m_scopeKind->addItem(tr("Citywide"), int(ScopeChoice::Citywide));
    m_scopeKind->addItem(tr("A goal"), int(ScopeChoice::Goal));
    m_scopeKind->addItem(tr("A department"), int(ScopeChoice::Department));
    m_scopeKind->addItem(tr("An objective"), int(ScopeChoice::Objective));
    m_scopeKind->addItem(tr("Chosen measures"), int(ScopeChoice::Measures));
    m_scopeKind->setToolTip(tr("What the briefing covers: the whole city, one goal, department or objective, or "
                               "measures you pick one by one"));
    m_scopeItem->setToolTip(tr("The goal, department or objective the briefing covers"));
    // Long objective names would otherwise widen the whole form past its pane.
    m_scopeItem->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scopeItem->setMinimumContentsLength(16);
    form->addRow(tr("&Scope:"), m_scopeKind);
    form->addRow(tr("&Which one:"), m_scopeItem);

    auto *picker = new QVBoxLayout(m_measurePicker);
    picker->setContentsMargins(0, 0, 0, 0);
    auto *filterLabel = new QLabel(tr("&Filter the measures:"), m_measurePicker);
    filterLabel->setBuddy(m_measureFilter);
    m_measureFilter->setPlaceholderText(tr("code or words of the name"));
    m_measureFilter->setClearButtonEnabled(true);
    m_measureFilter->setToolTip(tr("Shows only the measures whose code or name contains these words"));
    m_measureList->setToolTip(tr("Tick the measures the briefing covers (Space ticks the selected one)"));
    m_measureList->setMinimumHeight(140);
    for (const Measure &measure : m_structure.measures) {
        if (!isClassified(measure)) // those are added by name under Audience
            measureItem(measure, m_measureList);
    }
    picker->addWidget(filterLabel);
    picker->addWidget(m_measureFilter);
    picker->addWidget(m_measureList);
    picker->addWidget(m_measuresChosen);
    form->addRow(m_measurePicker);
    return box;
}

QWidget *BriefingOptionsForm::audienceBox()
{
    auto *box = new QGroupBox(tr("Audience"), this);
    auto *layout = new QVBoxLayout(box);
    m_internal->setToolTip(tr("For the city's staff and council members in closed session"));
    m_public->setToolTip(tr("For publication: on the website, in a council agenda packet, to the press"));
    layout->addWidget(m_internal);
    layout->addWidget(explanation(tr("Public and internal measures; every page is stamped \"INTERNAL: not for public "
                                     "release\"."),
                                  box));
    auto *picker = new QVBoxLayout(m_classifiedPicker);
    picker->setContentsMargins(22, 0, 0, 0);
    for (const Measure &measure : m_structure.measures) {
        if (isClassified(measure))
            measureItem(measure, m_classifiedList);
    }
    if (m_classifiedList->count() == 0) {
        picker->addWidget(explanation(tr("This city has no confidential or restricted measures."), box));
        m_classifiedList->hide();
    } else {
        auto *label = new QLabel(tr("&Confidential and restricted measures to add by name:"), m_classifiedPicker);
        label->setWordWrap(true);
        label->setBuddy(m_classifiedList);
        picker->addWidget(label);
        picker->addWidget(m_classifiedList);
        m_classifiedList->setMaximumHeight(110);
        m_classifiedList->setToolTip(tr("They appear only when ticked here, and each page that shows one carries its "
                                        "classification"));
    }
    layout->addWidget(m_classifiedPicker);
    layout->addWidget(m_public);
    layout->addWidget(explanation(tr("Only measures classified public, every score recomputed from them alone; no "
                                     "figures by neighbourhood or group."),
                                  box));
    return box;
}

QWidget *BriefingOptionsForm::outputBox()
{
    auto *box = new QGroupBox(tr("Paper and contents"), this);
    auto *form = new QFormLayout(box);
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->setToolTip(tr("The paper the pages are laid out for, when printed and in the PDF"));
    m_pdfA->setToolTip(tr("Writes PDF/A-1b, the archival form of PDF that a records archive keeps"));
    m_title->setPlaceholderText(tr("Performance briefing"));
    m_title->setToolTip(tr("The title on the cover; empty: Performance briefing"));
    m_summary->setToolTip(tr("Each goal with its objectives, status, score and counts, on one page"));
    m_attention->setToolTip(tr("Every off-track measure with its owner and this period's explanation"));
    m_scorecard->setToolTip(tr("The table of every measure, its figure, target and status"));
    m_measures->setToolTip(tr("For each measure: its chart against target, trend, commentary and definition"));
    m_appendix->setToolTip(tr("Definitions, methods, sources and stewards of the measures"));
    form->addRow(tr("Tit&le:"), m_title);
    form->addRow(tr("Pape&r:"), m_paper);
    form->addRow(m_pdfA);
    auto *parts = new QLabel(tr("Include:"), box);
    form->addRow(parts);
    for (QCheckBox *part : {m_summary, m_attention, m_scorecard, m_measures, m_appendix})
        form->addRow(part);
    return box;
}

BriefingOptionsForm::ScopeChoice BriefingOptionsForm::scopeChoice() const
{
    return ScopeChoice(m_scopeKind->currentData().toInt());
}

void BriefingOptionsForm::fillScopeItems()
{
    const ScopeChoice choice = scopeChoice();
    const QSignalBlocker blocker(m_scopeItem);
    m_scopeItem->clear();
    const auto add = [this](const QString &code, const QString &name) {
        m_scopeItem->addItem(QStringLiteral("%1  %2").arg(code, name), code);
    };
    if (choice == ScopeChoice::Goal) {
        for (const Goal &goal : m_structure.goals)
            add(goal.code, goal.name);
    } else if (choice == ScopeChoice::Department) {
        for (const Department &department : m_structure.departments)
            add(department.code, department.name);
    } else if (choice == ScopeChoice::Objective) {
        for (const Objective &objective : m_structure.objectives)
            add(objective.code, objective.name);
    }
    auto *form = static_cast<QFormLayout *>(m_scopeItem->parentWidget()->layout());
    form->setRowVisible(m_scopeItem, choice != ScopeChoice::Citywide && choice != ScopeChoice::Measures);
    m_measurePicker->setVisible(choice == ScopeChoice::Measures);
}

void BriefingOptionsForm::filterMeasures(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_measureList->count(); ++row) {
        QListWidgetItem *item = m_measureList->item(row);
        const bool matches = std::all_of(words.begin(), words.end(), [item](const QString &word) {
            return item->text().contains(word, Qt::CaseInsensitive);
        });
        item->setHidden(!matches);
    }
}

void BriefingOptionsForm::showAudience()
{
    const bool internal = m_internal->isChecked();
    m_classifiedPicker->setEnabled(internal);
    // A public edition leaves internal measures out: they stay ticked for an internal one, but cannot be chosen here.
    for (int row = 0; row < m_measureList->count(); ++row) {
        QListWidgetItem *item = m_measureList->item(row);
        const Measure *measure = m_structure.measureByCode(item->data(Qt::UserRole).toString());
        if (measure && measure->classification == Classification::Internal)
            item->setFlags(internal ? (Qt::ItemIsUserCheckable | Qt::ItemIsEnabled) : Qt::ItemIsUserCheckable);
    }
}

void BriefingOptionsForm::showPeriodProblem()
{
    const QString text = m_period->text().trimmed();
    const bool readable = text.isEmpty() || text.compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0
        || Period::parse(text, m_fiscalYearStartMonth).has_value();
    m_periodProblem->setText(readable ? QString()
                                      : tr("\"%1\" is not a period. Write a month (2026-09), a quarter (2026-Q3 or "
                                           "FY2027-Q1), a year (2026 or FY2027), a week (2026-W10), a day "
                                           "(2026-09-15), or leave it empty for the latest.")
                                            .arg(text));
    m_periodProblem->setVisible(!readable);
}

QStringList BriefingOptionsForm::checkedCodes(const QListWidget *list, bool enabledOnly) const
{
    QStringList codes;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked && (!enabledOnly || (item->flags() & Qt::ItemIsEnabled)))
            codes << item->data(Qt::UserRole).toString();
    }
    return codes;
}

void BriefingOptionsForm::checkCodes(QListWidget *list, const QStringList &codes)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

BriefingRequest BriefingOptionsForm::request() const
{
    BriefingRequest request;
    request.title = m_title->text().trimmed();
    request.periodText = m_period->text().trimmed();
    request.edition.audience = m_internal->isChecked() ? Audience::Internal : Audience::Public;
    const QStringList classified = request.edition.audience == Audience::Internal ? checkedCodes(m_classifiedList)
                                                                                  : QStringList();
    for (const QString &code : classified)
        request.edition.classifiedCodes.insert(code);
    switch (scopeChoice()) {
    case ScopeChoice::Citywide: break;
    case ScopeChoice::Goal: request.scope = {Scope::Kind::Goal, m_scopeItem->currentData().toString()}; break;
    case ScopeChoice::Department:
        request.scope = {Scope::Kind::Department, m_scopeItem->currentData().toString()};
        break;
    case ScopeChoice::Objective:
        request.scope = {Scope::Kind::Objective, m_scopeItem->currentData().toString()};
        break;
    case ScopeChoice::Measures: request.measureCodes = checkedCodes(m_measureList) + classified; break;
    }
    request.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    request.pdfA = m_pdfA->isChecked();
    request.parts = {m_summary->isChecked(), m_attention->isChecked(), m_scorecard->isChecked(),
                     m_measures->isChecked(), m_appendix->isChecked()};
    return request;
}

QString BriefingOptionsForm::problem() const
{
    if (!m_periodProblem->text().isEmpty())
        return m_periodProblem->text();
    const ScopeChoice choice = scopeChoice();
    if (choice == ScopeChoice::Measures && request().measureCodes.isEmpty())
        return m_internal->isChecked() ? tr("Tick at least one measure under Scope, or choose another scope.")
                                       : tr("Tick at least one public measure under Scope, or choose another scope.");
    if (m_scopeItem->count() == 0) {
        if (choice == ScopeChoice::Goal)
            return tr("This city has no goals yet. Choose another scope.");
        if (choice == ScopeChoice::Department)
            return tr("This city has no departments yet. Choose another scope.");
        if (choice == ScopeChoice::Objective)
            return tr("This city has no objectives yet. Choose another scope.");
    }
    return {};
}

} // namespace civicstat
