<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Audience</name>
    <message>
        <location filename="../models/core/audience.cpp" line="+49"/>
        <source>INTERNAL: not for public release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No measure has the code %1. Check the codes asked for by name (confidential and restricted measures only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is %3, not confidential or restricted: it is included by its audience and need not be asked for by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2 and cannot appear in a public edition. Choose the internal audience to include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>1 measure not shown in this edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 measures not shown in this edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PUBLIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INTERNAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RESTRICTED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../models/briefing/briefingbook.cpp" line="+28"/>
        <source>No measure has the code %1. Check the list of measures to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 chosen measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 chosen measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citywide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Objective %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Department %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+74"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Performance briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No measure of this briefing has figures for %1 (the latest are for %2). Choose another period, or import its figures first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 kept changing while the briefing was being gathered (someone is importing or editing). Try again when they have finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingBook</name>
    <message>
        <location filename="../models/briefing/briefinghtml.cpp" line="+42"/>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scored to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This public edition shows only measures classified public, and no figures by neighbourhood or group. Every score in it is computed from those measures alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This edition includes %1 confidential or restricted measures, asked for by name; each page that shows one says so at its top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+128"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Each goal with its objectives: status (symbol and word), score (1.00 is on target) and how many measures are on track / at risk / off track / without figures or target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal or objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+55"/>
        <location filename="../models/briefing/briefingsection.cpp" line="+66"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>On / at risk / off / none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+101"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-98"/>
        <source>No measure is off track in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off track in %2: %1. Each with its owner and the explanation written for the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <location line="+17"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <location filename="../models/briefing/briefingsection.cpp" line="+0"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No explanation given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no owner named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+74"/>
        <source>Scorecard: every measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../models/briefing/briefingsection.cpp" line="-27"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+63"/>
        <source>Appendix: definitions and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Definition and method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../models/briefing/briefingsection.cpp" line="+87"/>
        <source>No definition recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/briefing/briefingprinter.cpp" line="+208"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not start painting the briefing&apos;s pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not finish writing %1: %2. Nothing was written; free some space or choose another place, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/briefing/briefingsection.cpp" line="-105"/>
        <source>improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year earlier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trend to this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commentary for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No commentary was written for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Initiatives of the objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No initiatives recorded for this objective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>By %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: shown in this edition because it was asked for by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal: %1 · Objective: %2 · Department: %3 · Owner: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: %1 · Steward: %2 · Classification: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingChart</name>
    <message>
        <location filename="../models/briefing/briefingchart.cpp" line="+128"/>
        <source>No figures yet: nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tolerance band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (this briefing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingCommand</name>
    <message>
        <location filename="../app/briefingcommand.cpp" line="+35"/>
        <source>Writes a briefing book of DATABASE as a PDF: cover, contents, a one-page summary, the measures that need attention with their owners&apos; explanations, the scorecard, a page per measure and an appendix of definitions. A public edition holds public measures only, every score recomputed from them; an internal one adds internal measures and stamps every page. Confidential and restricted measures appear only when named with --include-classified. Exit codes: 0 written, 1 invalid data (an unknown classified measure code, a period without figures), 2 usage (also an unknown scope code or an unreadable period), 3 the database cannot be opened, 4 the file cannot be written (nothing is left behind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The KPI database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>citywide (default), goal:CODE, objective:CODE or dept:CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period: 2026-09, 2026-Q3, FY2027, ... (default: the latest with figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>public or internal (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidential or restricted measures to include, by code, comma-separated (internal audience only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>letter (default) or a4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write PDF/A-1b, for a records archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title on the cover (default: Performance briefing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say where to write the briefing with --out FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a scope. Use citywide, goal:CODE, objective:CODE or dept:CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an audience. Use public or internal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a paper size. Use letter or a4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>1 measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1: %2 pages, %3 (%4, %5), in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/checkcommand.cpp" line="+17"/>
        <source>Checks DATABASE with SQLite&apos;s integrity check, without changing it (after a crash or a power cut, what an interrupted write began is rolled back first, as any opening does). A sound database gets its numbers of measures, observations and imports and a digest of its figures: two databases with the same digest hold the same figures. Exit codes: 0 sound, 1 damaged (SQLite&apos;s findings are printed), 3 it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The KPI database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitySettings</name>
    <message>
        <location filename="../models/core/citysettings.cpp" line="+48"/>
        <source>city_name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fiscal_year_start_month must be a month number from 1 to 12 (7 for July), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>default_tolerance must be a fraction from 0 to below 1 (0.10 for 10%), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>score_cap must be a number from 1 to 10 (1.25 by default), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at_risk_threshold must be a score between 0 and 1 (0.90 by default), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown setting &quot;%1&quot;. The settings are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is now &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings were changed since, by another program or person: %1. Nothing was changed; look at the settings as they are now before changing them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../app/columnchooser.cpp" line="+67"/>
        <source>Not listed: the %1 columns named as periods, which hold the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only columns holding numbers in the first %1 rows are listed; not: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+43"/>
        <source>Usage: civicstat [DATABASE]
       civicstat COMMAND [OPTIONS]

Without a command, opens the desktop application on DATABASE (or the demo city).

Commands:
  init DATABASE        create an empty database (set the fiscal year before importing)
  scorecard DATABASE   print the scorecard of a period (table, CSV or JSON)
  export DATABASE --out FILE.csv|FILE.xlsx  the scorecard for spreadsheets, for an audience
  import DATABASE FILE bring in a CSV file, or a CSV or XLSX file through a mapping, all or nothing
  undo-import DATABASE take back the latest import: its figures go, those it replaced return
  settings DATABASE    show or change the city settings
  demo OUT.db          write the demo city to a new database
  check DATABASE       is the database sound? Its counts and a digest of its figures
  briefing DATABASE    write a briefing book (PDF) for the public or for internal use
  publish SOURCE SHARED  replace a shared file with a consistent copy, in one step
  seal PLAIN SEALED    write an encrypted copy that opens only with its passphrase
  server-init URL      set up (or upgrade) CivicStat&apos;s tables in a PostgreSQL database
  server-user URL NAME --role viewer|editor|administrator  add or change a user of a server database
  snapshot SOURCE OUT.db  an offline copy of a scope, holding only what its audience may see
  sync OUT.db          send the comments written in an offline copy back to its source

DATABASE is a file, or a PostgreSQL database: postgresql://USER@HOST:PORT/NAME.
A sealed database&apos;s passphrase is asked on the terminal, or read from --passphrase-file FILE or the file named by CIVICSTAT_PASSPHRASE_FILE.
Run &quot;civicstat COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 invalid data (nothing written; for check, damage found), 2 usage, 3 the database cannot be opened, 4 the output file cannot be written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run with --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Missing arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Prints the scorecard of a scope and everything below it for one period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <location line="+109"/>
        <source>The KPI database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Month (2024-03), quarter (2024-Q1, FY2024-Q3), year (2024, FY2024), week (2024-W10), day or &quot;latest&quot; (the default: the latest month with data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>citywide (default), goal:CODE, objective:CODE or dept:CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a scope. Use citywide, goal:CODE, objective:CODE or dept:CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a format. Use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Shows the city settings, shows one, or changes one.
Keys: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The setting to show or change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown setting &quot;%1&quot;. The settings are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Creates an empty CivicStat database, so that the city&apos;s name and fiscal year can be set before anything is imported. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The city&apos;s name (default: My city).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The month number the fiscal year starts in, 1 to 12 (default 7, July; 10 for October, 1 for a calendar fiscal year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; already exists and is never overwritten. Choose another name, or change its settings with &quot;civicstat settings&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No database was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Created %1 for %2. The fiscal year starts in %3: %4 runs from %5 to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undoes the latest import not yet undone: the figures and comments it added go, those it replaced come back. Goals, objectives, measures and targets it created stay. Run it again to undo the import before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undid import %1 (%2, %3): %4 removed, %5 put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 it brought were taken away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writes the fictional demo city of Riverton to a new database. The same scale and seed always give the same figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new database file (never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo (120 measures, 5 years; the default) or large (2,000 measures, 10 years, about 3.3 million observations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random seed (default 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a scale. Use demo or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a seed. Use a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; already exists and is never overwritten. Choose another name, or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote %1: %2 measures, %3 observations in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentAuthor</name>
    <message>
        <location filename="../app/commentauthor.cpp" line="+58"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments are signed, so that readers know who wrote them.
Your name, as it should appear under your comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentSync</name>
    <message>
        <location filename="../models/offline/commentsync.cpp" line="+15"/>
        <source>%1, %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No comments to send back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in conflict (both kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 removal not made (changed at the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not sent (measure gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent %1 of %2 comment changes to %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not an offline copy: it has no comments to send back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be written (%2), so comments sent from it could not be marked sent. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Conflict: %1 was changed at the source since the copy was taken; both texts are kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept: %1 was removed offline but changed at the source since; it stays there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: %1: the measure is no longer at the source. The comment stays pending in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <location filename="../models/import/csvfile.cpp" line="+74"/>
        <source>%1 looks like UTF-16 text but is not valid UTF-16 (it may have been cut short). Save it again as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 starts with a UTF-8 byte-order mark but contains bytes that are not UTF-8. Save it again as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read. %2 Add the missing quote (or remove the stray one) in a text editor, save the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was not found at %2. Check that it has not been moved or renamed, and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder, not a CSV file. Choose the CSV file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be opened (%2). Check that you are allowed to read it and that no other program has it locked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be read to the end (%2). Copy it to a local folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is too large to read: it is over %2, the most CivicStat reads from one file. Split it into smaller files (by year, say) and import each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/import/csvreader.cpp" line="+39"/>
        <source>line %1 has more than %2 cells, more columns than a spreadsheet can have. Check that the file is a table of values separated by commas, semicolons or tabs, and remove the empty columns at the end of its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by line %1 the file holds more than %2 cells (rows times columns), the most CivicStat reads from one file. Split it into smaller files (by year, say) and import each, or remove the columns the import does not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the quoted field that begins on line %1 is longer than %2 characters, the most CivicStat reads in one cell (Excel holds at most 32,767). A quote character (&quot;) that opens a field and is not closed where it should be causes this: check line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1 has a cell longer than %2 characters, the most CivicStat reads in one cell (Excel holds at most 32,767). Check that the file is a table of values separated by commas, semicolons or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A quoted field that begins on line %1 is never closed: a quote character (&quot;) is missing, or the one that opens it is stray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>text follows the closing quote of a quoted field (&quot;%1&quot;); a quote inside a quoted field is written twice (&quot;say &quot;&quot;when&quot;&quot;&quot;), and a quote that does not belong is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quoted field opens on line %1 and closes on line %2, where text follows its closing quote (&quot;%3&quot;): the lines in between have run together into one record. Look for a stray or missing quote on line %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a quote character (&quot;) inside a field that does not begin with one; if it belongs to the value, quote the whole field and write the quote twice (%1), otherwise remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this line has %1 cells but the header has %2: it goes on past the last column with &quot;%3&quot;. An unquoted comma inside a value (30,000) splits it in two: quote the value or remove the comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this line has %1 cells but the header has %2: it ends with &quot;%3&quot; in the column &quot;%4&quot;. The line was cut short, or a comma is missing; every line needs a cell for each column, an empty cell being nothing between two commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <location filename="../models/core/databasecheck.cpp" line="+50"/>
        <source>%1 is sound: the PostgreSQL server keeps its files sound, and every figure reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is sound: SQLite&apos;s integrity check found no damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>measures:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observations:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports:        %1 (%2 undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imports:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>figures digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: SQLite&apos;s integrity check found this problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged: SQLite&apos;s integrity check found these problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not import into it or change it. Restore it from a backup, or ask your data steward for a fresh copy; keep the damaged file for whoever investigates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/sqlite/sqlitedatabasecheck.cpp" line="+26"/>
        <source>SQLite cannot run the check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCity</name>
    <message>
        <location filename="../models/demo/democity.cpp" line="+223"/>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Race and ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>District %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Neighbourhood boundaries (invented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (service area %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly, first business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+157"/>
        <source>%1 already holds a city and is never overwritten. Choose an empty database, set up with &quot;civicstat server-init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; already exists and is never overwritten. Choose another name, or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not create &quot;%1&quot;. Check that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommentary</name>
    <message>
        <location filename="../models/demo/democommentary.cpp" line="+156"/>
        <source>a target range of %1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a target of %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 came to %2%3 in %4 against %5, outside the tolerance. The department is reviewing the causes and will bring a recovery plan to the next performance meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditionScorecard</name>
    <message>
        <location filename="../models/exports/editionscorecard.cpp" line="+26"/>
        <source>Cannot write %1: %2. Nothing was written; choose another folder or free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is neither a .csv nor an .xlsx file. Name the file to export with one of those endings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/exportcommand.cpp" line="+23"/>
        <source>Writes the scorecard of a scope and period to a CSV file (the columns of &quot;civicstat scorecard --format csv&quot;) or an Excel workbook (.xlsx), for one audience. A public export holds only public measures, and its goals and objectives are scored from them alone; an internal one (the default) holds public and internal measures. Confidential and restricted measures are never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The KPI database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write: FILE.csv or FILE.xlsx (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month (2024-03), quarter (2024-Q1, FY2024-Q3), year (2024, FY2024), week (2024-W10), day or &quot;latest&quot; (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>citywide (default), goal:CODE, objective:CODE or dept:CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>internal (default) or public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say where to write the scorecard: --out FILE.csv or --out FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is neither a .csv nor an .xlsx file. Name the file to write with one of those endings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a scope. Use citywide, goal:CODE, objective:CODE or dept:CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an audience. Use internal or public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote %1: %2, %3, %4 measures (%5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../models/import/canonicalimport.cpp" line="+31"/>
        <source>%1: column &quot;%2&quot;, value &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown column; the columns of this format are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the required column &quot;%1&quot; is missing from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the same measure, period and member already appear on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+9"/>
        <location filename="../models/import/importrow.cpp" line="+41"/>
        <source>this column must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no measure has this code; import the structure file that defines it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not a period; write 2024-03, 2024-Q1, FY2024-Q3, 2024, FY2024, 2024-W10 or 2024-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give both numerator and denominator, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a denominator cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty, and cannot be computed because the denominator is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty; a missing figure is a row left out, never a blank or a zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give both dimension and member (neighbourhood, Downtown), or neither for the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the flags are &quot;provisional&quot; and &quot;estimated&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the file is not UTF-8 text. Save it from your spreadsheet as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file is empty; it needs a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header is neither a structure file (with measure_code, goal_code, ...) nor an observations file (measure,period,value) of CivicStat&apos;s own format. A file in your city&apos;s own layout needs a mapping (docs/import-formats.md, &quot;Mappings&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importrow.cpp" line="-24"/>
        <source>cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>write numbers without thousands separators, with a dot for decimals (30000, 64.98)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write percentages as plain numbers without the % sign (64.98)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a number; a missing figure is a row left out, never a word or a zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/structureimport.cpp" line="+39"/>
        <source>use higher, lower or band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use sum, mean, last, min, max or ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use daily, weekly, monthly, quarterly or annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use public, internal, confidential or restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a weight cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>this measure is described differently on line %1; repeat a measure only to add targets, with the same name, objective, direction and aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this column must not be empty; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line %1 gives &quot;%2&quot; another name: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1 puts objective &quot;%2&quot; under goal &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1 puts objective &quot;%2&quot; under department &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>a tolerance is a fraction from 0 to below 1 (0.1 for 10%); blank means the city default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use month, quarter or year (blank: the measure&apos;s frequency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a band measure needs both target_low and target_high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target_low is above target_high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a band measure takes target_low and target_high, not target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a target is needed when effective_from or tolerance is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only band measures take target_low and target_high; use target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a period; write 2024-01, FY2024, 2024-Q1 or 2024-01-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1 already gives this measure a target from the same date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/importcommand.cpp" line="+27"/>
        <source>Cannot write the report &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imports FILE into DATABASE (created when it does not exist). Without --mapping, FILE is a canonical structure or observations CSV file; with one, any CSV or XLSX laid out as the mapping says (docs/import-formats.md). All or nothing: one problem and nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The KPI database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV or XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mapping (JSON) that describes FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The XLSX sheet to read (default: the mapping&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check everything and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A figure the database (or an earlier row) already holds: replace it (default), skip the new one, or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also write the report as JSON to FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a duplicate policy. Use replace, skip or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The mapping &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 problem found; nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 problems found; nothing was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <location filename="../models/import/importfile.cpp" line="+21"/>
        <source>cannot read &quot;%1&quot;: %2. Check the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read &quot;%1&quot; to the end: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is over %1, the most CivicStat reads from one file. Split it into smaller files (by year, say) and import each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is a workbook, and a workbook needs a mapping that says which columns hold what: give one (--mapping, or Mapping in the import wizard), or make one with the wizard&apos;s Build....</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../models/import/importmapping.cpp" line="+44"/>
        <source>%1: give a column name or an object with &quot;column&quot;, &quot;value&quot; or &quot;lookup&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: unknown key &quot;%2&quot;; the keys of a field are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1.pattern: not a regular expression with one group in parentheses: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: a lookup needs &quot;lookup_column&quot;, the column of the lookup table to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.join: give a list of two or more parts, each a column name or a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: say where the field comes from with &quot;column&quot;, &quot;value&quot;, &quot;lookup&quot; or &quot;join&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lookups.%1: cannot read &quot;%2&quot; (%3). The file is named relative to the mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lookups.%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lookups.%1: &quot;%2&quot; is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lookups.%1: &quot;%2&quot; has no column &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>lookups.%1: &quot;%2&quot;, line %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lookups.%1: &quot;%2&quot;, line %3 has %4 cells but the header has %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>lookups.%1: &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+6"/>
        <source>Cannot read the mapping &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping &quot;%1&quot; is over %2, far larger than any mapping: check that you chose the mapping file (.mapping.json) and not the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the mapping is over %1, far larger than any mapping: check that it is the mapping file (.mapping.json) and not the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a JSON object (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;civicstat_mapping&quot;: 1 is missing; is this a CivicStat mapping file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fiscal_year_start_month: a month number from 1 to 12 (10 for October), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>conflicts: &quot;%1&quot; is neither &quot;fail&quot; nor &quot;keep_first&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>conventions: the decimal and thousands separators must differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fields.%1: unknown field; the fields are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fields.%1: no lookup table named &quot;%2&quot; in &quot;lookups&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fields.%1 is missing: every mapping says where codes and names come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1.trailing_zeros: &quot;%2&quot; is neither &quot;missing&quot; (zeros after a row&apos;s last non-zero figure are not reported yet) nor &quot;figures&quot; (the default: a zero is a figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.when: give the &quot;column&quot; and the &quot;values&quot; of the rows that read these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1.header: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.role: &quot;%2&quot; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: give either &quot;period&quot; (text with \1 for the header&apos;s groups) or &quot;period_format&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>values.columns: a wide layout needs at least one column rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>values: a long layout needs &quot;period&quot; and &quot;value&quot; (or numerator and denominator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>values.layout: &quot;%1&quot; is neither &quot;long&quot; (a period column and a value column) nor &quot;wide&quot; (one column per period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>values.period_kind: use day, week, month, quarter or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>values: give both &quot;dimension&quot; and &quot;member&quot;, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>target_per: &quot;%1&quot; is not month, quarter or year (the period each target is for); to read it from a column, write {&quot;column&quot;: &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../models/import/importreport.cpp" line="+83"/>
        <location line="+68"/>
        <source>%1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+68"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+8"/>
        <location line="+41"/>
        <source>%1 measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+8"/>
        <location line="+41"/>
        <source>%1 measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+46"/>
        <source>%1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>%1 targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>%1 observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>%1 (%2 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Dry run, nothing written. %1 would import %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; 1 figure already there was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 figures already there were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the owners&apos; explanations: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>%1 comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+67"/>
        <source>%1 comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+67"/>
        <location line="+6"/>
        <source>%1 target note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+67"/>
        <location line="+6"/>
        <source>%1 target notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-71"/>
        <source>; %1 after a row&apos;s last figure not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 refused (listed above, and in --report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 cell of the file repeats a figure of an earlier row; the last one wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 cell of the file repeats a figure of an earlier row; the first one wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cells of the file repeat a figure of an earlier row; the last one wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cells of the file repeat a figure of an earlier row; the first one wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The owners&apos; explanations come with them: %1 and %2, signed with the file&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 without a target of the same row to explain (none given, refused, or a later row&apos;s) are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 zero after its row&apos;s last figure is taken as not reported yet (&quot;trailing_zeros&quot;: &quot;missing&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 zeros after their rows&apos; last figures are taken as not reported yet (&quot;trailing_zeros&quot;: &quot;missing&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 measure has figures by member only, none for the measure as a whole: the scorecard will show No data for it. Add a column or rows with its total, or import the total from another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 measures have figures by member only, none for the measure as a whole: the scorecard will show No data for these %1 measures. Add a column or rows with their totals, or import the totals from another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 measure has no target: it will show Not scored until targets are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 measures have no target: they will show Not scored until targets are imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <location filename="../models/import/inputlimits.cpp" line="+35"/>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../app/keychainvault.cpp" line="+71"/>
        <source>The desktop&apos;s keychain did not answer within %1 seconds, so the password cannot be remembered. Keep it in ~/.pgpass instead, or type it each time.</source>
        <translation>El llavero del escritorio no respondió en %1 segundos, así que la contraseña no se puede recordar. Guárdela en ~/.pgpass, o escríbala cada vez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No desktop keychain (such as GNOME Keyring or KWallet) runs in this session (%1), so the password cannot be remembered safely. Keep it in ~/.pgpass instead, or type it each time.</source>
        <translation>En esta sesión no funciona ningún llavero del escritorio (como GNOME Keyring o KWallet) (%1), así que la contraseña no se puede recordar de forma segura. Guárdela en ~/.pgpass, o escríbala cada vez.</translation>
    </message>
</context>
<context>
    <name>MappedImport</name>
    <message>
        <location filename="../models/import/codedescriptions.cpp" line="+14"/>
        <source>row %1 gives &quot;%2&quot; another name: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>row %1 puts objective &quot;%2&quot; under goal &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1 puts objective &quot;%2&quot; under department &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; and &quot;%2&quot; (row %3) both become the measure code %4; give the file a column of codes, or tell the names apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1 puts measure &quot;%2&quot; under objective &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1 gives measure &quot;%2&quot; the direction &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>row %1 gives measure &quot;%2&quot; the aggregation &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/mappedplanner.cpp" line="+14"/>
        <source>the header row %1 is beyond the end of the sheet (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the mapping names the column &quot;%1&quot;, which the header row %2 does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the mapping makes this header a period it cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no header matches the mapping&apos;s value columns, so there are no figures to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 is empty here, and the mapping gives no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher, lower or band (null for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sum, mean, last, min, max or ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily, weekly, monthly, quarterly or annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public, internal, confidential or restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the mapping makes this row&apos;s cells the period &quot;%1&quot;, which it cannot read; check the columns named in the period %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not a period or a date in the formats %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/mappedplanner.h" line="+143"/>
        <source>the mapping makes it &quot;%1&quot;, which is </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1not %2 CivicStat knows; use %3, or map the word to one of them in fields.%4.map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/mappedplanner.cpp" line="+62"/>
        <source>; a code stands for one thing throughout a file: correct the file or the mapping (or keep the first row&apos;s with &quot;conflicts&quot;: &quot;keep_first&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>; the first row&apos;s is kept (&quot;conflicts&quot;: &quot;keep_first&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not the period a target is for: write month, quarter or year, or leave it blank for the measure&apos;s frequency (or translate the word with target_per.map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/mappedplannerbatch.cpp" line="+150"/>
        <source>%1%2 for %3 is also on row %4; choose what wins with --on-duplicate replace or skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/mappedimport.cpp" line="+35"/>
        <source>the mapping reads the sheet &quot;%1&quot;, which the file does not have; its sheets are: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDetail</name>
    <message>
        <location filename="../models/store/measuredetail.cpp" line="+15"/>
        <source>There is no measure with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1, %2 of %3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Its figures are reported only by %1, not as a citywide total, so it has no score; the Breakdown tab shows them for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureSeries</name>
    <message>
        <location filename="../models/core/measureseries.cpp" line="+91"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data for %1 alone: this measure is reported %2, and a figure counts only for periods at least that long. Choose a longer period to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No data: no figure has been reported for %1, so this measure is not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data: no figure has been reported for %1, and the measure has no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No target: %1 in %2. This measure is monitored without a target, so it is not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a target range of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>meets or beats the target (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meets or beats the target (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inside the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>short of the target but within the %1 tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>further from the target than the %1 tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short of the target, which has no tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in %3 against %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No figures have been reported for %1 yet.</source>
        <translation>Todavía no se han comunicado cifras de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, from %2 to %3.</source>
        <translation>%1, de %2 a %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No period has a figure.</source>
        <translation>Ningún periodo tiene cifra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest figure: %1</source>
        <translation>Última cifra: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period viewed: %1</source>
        <translation>Periodo consultado: %1</translation>
    </message>
</context>
<context>
    <name>OfflineCommand</name>
    <message>
        <location filename="../app/offlinecommand.cpp" line="+43"/>
        <source>Writes an offline copy of SOURCE to OUT.db: the scope&apos;s goals, objectives, measures, targets, figures, commentary, initiatives and map, as one audience may see them. A measure the audience may not see leaves no trace in the copy. The copy says where it came from, for whom and how old its data are; comments written in it are sent back with &quot;civicstat sync OUT.db&quot;. Exit codes: 0 written, 1 invalid data (an unknown classified measure code), 2 usage (also an unknown scope code), 3 SOURCE cannot be opened, 4 OUT.db cannot be written (nothing is left behind). A copy for internal use is sealed (encrypted) with a passphrase, asked twice on the terminal or read from --passphrase-file FILE; a public one is left plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The KPI database to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offline copy to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>citywide (default), goal:CODE, objective:CODE or dept:CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>public or internal (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidential or restricted measures to include, by code, comma-separated (internal audience only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a scope. Use citywide, goal:CODE, objective:CODE or dept:CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an audience. Use public or internal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wrote %1: %2 measures, %3 figures, %4 comments (%5, %6), data as of %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sends the comments written, edited or removed in the offline copy OUT.db back to the database it was taken from, in one transaction. New comments are added; an edit replaces the source&apos;s comment only if nobody changed it there since the copy was taken, otherwise both texts are kept and the conflict is reported. Sent comments are marked sent in the copy; a sync that fails sends nothing and can be run again. Exit codes: 0 sent (or nothing to send), 1 OUT.db is not an offline copy, 3 the copy or its source cannot be opened, 4 the source or the copy cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was sent; the comments are still pending in the copy. Run sync again when the source can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCopy</name>
    <message>
        <location filename="../models/offline/offlinetext.cpp" line="+27"/>
        <source>Taken from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copy of %1, without figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline copy of %1, data as of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 comment to send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 comments to send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[Written offline; the comment it edits was removed at the source after %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[Written offline; conflicts with a change made at the source after %1 to the comment by %2]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../app/passphrasesource.cpp" line="+39"/>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase file %1 is empty: its first line must be the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>For a sealed database: read its passphrase from the first line of FILE instead of asking on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is sealed: a passphrase is needed. Run the command in a terminal to type it, or name a file holding it with --passphrase-file FILE or the environment variable CIVICSTAT_PASSPHRASE_FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ. Nothing was written; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PostgreSQL server at %1 wants a password for user &quot;%2&quot; (database &quot;%3&quot;), and there is no terminal to type it on. Keep it in ~/.pgpass (a line %1:%3:%2:PASSWORD, readable only by you: chmod 600 ~/.pgpass), or set the PGPASSWORD environment variable for this command, then run it again.</source>
        <translation>El servidor PostgreSQL en %1 pide una contraseña para el usuario &quot;%2&quot; (base de datos &quot;%3&quot;), y no hay terminal donde escribirla. Guárdela en ~/.pgpass (una línea %1:%3:%2:CONTRASEÑA, legible solo por usted: chmod 600 ~/.pgpass), o defina la variable de entorno PGPASSWORD para este comando, y vuelva a ejecutarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password for user %1 on %2/%3: </source>
        <translation>Contraseña del usuario %1 en %2/%3: </translation>
    </message>
</context>
<context>
    <name>PgOfflineSource</name>
    <message>
        <location filename="../models/store/postgres/pgofflinesource.cpp" line="+22"/>
        <source>A server database is not an offline copy: there is nothing to send back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <location filename="../models/store/sqlite/sqlitepublish.cpp" line="+34"/>
        <source>Cannot write beside %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <location line="+2"/>
        <source>copying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy of %1 did not check out (%2); the shared file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot put the copy in place of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <location filename="../app/publishcommand.cpp" line="+21"/>
        <source>Copies SOURCE.db to SHARED.db (for example a file on a network share that others open read-only) with SQLite&apos;s online backup, beside SHARED.db, checks the copy and renames it into place in one step: anyone opening SHARED.db gets the old complete database or the new one, never half of either. SOURCE.db may be in use meanwhile. Exit codes: 0 published, 3 SOURCE.db cannot be opened, 4 SHARED.db cannot be written (it is left as it was).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared file to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingGuide</name>
    <message>
        <location filename="../models/core/readingguide.cpp" line="+23"/>
        <source>The measure meets its target for the period (for a target range, it lies inside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The measure misses its target by no more than the target&apos;s own tolerance. This city&apos;s tolerance is 0, so a target without its own goes straight to off track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measure misses its target, but by no more than the tolerance (%1 of the target, unless the target sets its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The measure misses its target by more than the tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No figure has been reported for the period yet, so the measure is not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are figures but no target in force for the period, so they cannot be judged and the measure is not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A goal or an objective is scored by the weighted average of the scores below it, leaving out measures that are not scored: on track at 1.00 or more, at risk at %1 or more, off track below that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A score compares the actual with the target: 1.00 is exactly on target, above 1 is better and below 1 is worse, whichever way the measure points (for a measure where lower is better, the score is the target divided by the actual). Scores stop at %1, so that one measure far above its target cannot hide others below theirs, and are cut, never rounded up: 0.998 reads 0.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trend compares the period chosen with the one just before it: a measure is improving when its figure moved the way it should (up where higher is better, down where lower is better, towards a target range), worsening when it moved the other way; a goal or an objective by its score. It does not compare with the target: a measure can improve and still be off track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>2026-09 is September 2026, 2026-Q3 is July to September 2026 and 2026-W14 is the 14th week of 2026 (Monday to Sunday). A fiscal year is named by the year it ends: FY%1 runs from %2 %3 to %4 %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../models/core/scorecard.cpp" line="+179"/>
        <source>There is no %1 with the code &quot;%2&quot; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 is not over: scored %2 (through %3); targets of totals are pro-rated to the months elapsed, and comparisons use the same months of earlier periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not a period. Write a month (2024-03), a quarter (2024-Q1 or FY2024-Q3), a year (2024 or FY2024), a week (2024-W10), a day (2024-03-15) or &quot;latest&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardExport</name>
    <message>
        <location filename="../models/exports/scorecardexport.cpp" line="+154"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On/At/Off/No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 scorecard, %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1: scored through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardXlsx</name>
    <message>
        <location filename="../models/exports/scorecardxlsx.cpp" line="+158"/>
        <source>%1 scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citywide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scored to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures by neighbourhood or group are left out of a public edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the scorecard CSV (docs/cli.md); figures keep each measure&apos;s decimals, status is in words, counts are of the measures below each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2. Nothing was written; choose another folder or free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 scorecard, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <location filename="../models/core/scoring.cpp" line="+181"/>
        <source>period to date, %1 of %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period to date, %1 of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>year to date, %1 of %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year to date, %1 of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quarter to date, %1 of %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarter to date, %1 of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>month to date, %1 of %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month to date, %1 of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>week to date, %1 of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealCommand</name>
    <message>
        <location filename="../app/sealcommand.cpp" line="+25"/>
        <source>Writes an encrypted (sealed) copy of PLAIN.db to SEALED.db, for carrying a database that is not public on a laptop or a stick. Opening SEALED.db needs the passphrase, asked twice on the terminal without showing it (or read from --passphrase-file); it must have at least 10 characters. PLAIN.db is not changed. Exit codes: 0 sealed, 1 the passphrase is too short or the two differ, 3 PLAIN.db cannot be opened, 4 SEALED.db exists already or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database to seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sealed copy to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 exists already. Choose a new name, or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is sealed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sealed %1 as %2. Keep the passphrase apart from the file: without it, nobody can open the copy, you included.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sealed</name>
    <message>
        <location filename="../models/store/sqlite/sealedfile.cpp" line="+44"/>
        <source>The encryption library (libsodium) could not start. Reinstall CivicStat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be opened: the passphrase is wrong, or the file was changed or damaged after it was sealed. Nothing was changed. Check the passphrase and try again; if it is right, ask for a fresh copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read %1: %2. Check the path and your permission to read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a sealed CivicStat file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is cut short: it ends inside its header (%2 of %3 bytes), so it cannot be opened. Nothing was changed. Copy it again from where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was sealed by a newer version of CivicStat (sealed format %2; this version reads format %3). Nothing was changed. Update CivicStat to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The passphrase has %1 characters; use at least %2. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not enough memory to open a database of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough memory to hold an encryption key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not enough memory to derive the key of %1 (it needs %2 MB). Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+13"/>
        <source>Cannot save %1: %2. The file still holds what it held before this change. Check that the disk is not full and that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedStore</name>
    <message>
        <location filename="../models/store/sqlite/sqlitesealed.cpp" line="+47"/>
        <source>Not enough memory to save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>loading the decrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your change was not saved and was taken back. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is sealed: a passphrase is needed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is sealed but holds no CivicStat database. Ask for a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of CivicStat (format %2; this version knows up to %3). It is open read-only: update CivicStat to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may not change %1 (the file or its folder is read-only); it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The sealed copy must not replace %1 itself: give it another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is sealed already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../models/store/postgres/pg.cpp" line="+44"/>
        <source>could not connect to the PostgreSQL server at %1: %2. Check that the server is running and accepts connections there, and that the address is right (ask the server&apos;s administrator if it is not yours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PostgreSQL server at %1 wants a password for user &quot;%2&quot; (database &quot;%3&quot;) and none was given. Type it when asked, or keep it in your ~/.pgpass file (or the PGPASSWORD environment variable), then try again.</source>
        <translation>El servidor PostgreSQL en %1 pide una contraseña para el usuario &quot;%2&quot; (base de datos &quot;%3&quot;) y no se dio ninguna. Escríbala cuando se le pida, o guárdela en su archivo ~/.pgpass (o en la variable de entorno PGPASSWORD), y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PostgreSQL server at %1 refused the password of user &quot;%2&quot; (database &quot;%3&quot;). Check the user name and the password (typed, remembered in the keychain, or in ~/.pgpass or PGPASSWORD), or ask the server&apos;s administrator to reset it.</source>
        <translation>El servidor PostgreSQL en %1 rechazó la contraseña del usuario &quot;%2&quot; (base de datos &quot;%3&quot;). Compruebe el nombre de usuario y la contraseña (escrita, recordada en el llavero, o en ~/.pgpass o PGPASSWORD), o pida al administrador del servidor que la restablezca.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PostgreSQL server at %1 has no database &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the name, or ask the server&apos;s administrator to create it (createdb %1), then run &quot;civicstat server-init&quot; on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PostgreSQL server at %1 has no user &quot;%2&quot;. Check the user name in the address, or ask the server&apos;s administrator for an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PostgreSQL server at %1 does not let user &quot;%2&quot; into the database &quot;%3&quot;: %4. Ask the server&apos;s administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not connect to the PostgreSQL server at %1: %2. Check the address, and ask the server&apos;s administrator if the problem stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Out of memory while connecting to PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The connection to the PostgreSQL server at %1 was lost while %2: %3. Nothing of that change was saved. Check that the server is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PostgreSQL user &quot;%1&quot; may not do this in %2 (%3). Ask the database&apos;s administrator for the rights you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is read-only for this connection: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 failed while %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/postgres/pgkpistore.cpp" line="+69"/>
        <source>%1 was set up by a newer version of CivicStat (format %2; this version knows up to %3). It is open read-only: update CivicStat to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The PostgreSQL database %1 holds no CivicStat database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set it up once with &quot;civicstat server-init %1&quot; (as a user who may create tables there), then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is from an older CivicStat (format %2) and must be upgraded once for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &quot;civicstat server-init %1&quot; as a user who may change its tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are connected to %1 as a viewer: you may read it, not change it. Ask its administrator for an editor&apos;s role if you need to add figures or commentary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PostgreSQL user &quot;%1&quot; may read %2 but not change it; it is open read-only. Ask the database&apos;s administrator if you need to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was set up by a newer version of CivicStat (format %2; this version knows up to %3). Nothing was changed: update CivicStat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <location filename="../app/servercommand.cpp" line="+24"/>
        <source>&quot;%1&quot; is not a PostgreSQL address. Give one that starts with postgresql://, for example postgresql://civicstat@db.example.org/kpis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password for %1 (empty keeps the current one): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ; nothing was changed. Run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sets up CivicStat&apos;s tables in an empty PostgreSQL database, or upgrades those of an older CivicStat, in one transaction: all of it or nothing. Run it once, as a user who may create tables in the database, before anyone opens it; running it again changes nothing. URL is postgresql://USER@HOST:PORT/DATABASE (a password is best kept in ~/.pgpass, not on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>The PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&quot;%1&quot; is not a PostgreSQL address. Give one that starts with postgresql://, for example postgresql://civicstat@db.example.org/kpis. A database file needs no setting up: &quot;civicstat init&quot; creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is already a CivicStat database (format %2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up CivicStat&apos;s tables (format %1) in %2. It opens by its address now, like a file; bring figures in with &quot;civicstat import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgraded %1 from format %2 to format %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creates or changes a CivicStat user of a PostgreSQL database: a login role that is a viewer (reads what their clearance allows), an editor (also writes figures and commentary for their departments) or an administrator (everything their clearance allows). The server enforces it, for every program that connects. Run it as the user who ran server-init. The password is asked on the terminal, or read from the first line of --password-file; never give it on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user&apos;s login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>viewer, editor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department codes, separated by commas: whose figures and commentary an editor may write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The highest classification the user reads: public, internal, confidential or restricted (default: public for viewers, internal otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from the first line of FILE instead of asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the user&apos;s role with --role viewer, --role editor or --role administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a clearance: give public, internal, confidential or restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 with clearance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 for %2 with clearance %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created the user %1 in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the user %1 in %2: now %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerUser</name>
    <message>
        <location filename="../models/store/postgres/pgusers.cpp" line="+42"/>
        <source>%1 has no department %2. Its departments are: %3. Give codes from that list after --departments, separated by commas; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet (import the structure first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 has no CivicStat roles yet (format %2, roles came with format 6). Run &quot;civicstat server-init&quot; on it first, then add users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; cannot be a user&apos;s name: names starting with civicstat_ or pg_ belong to roles of CivicStat and PostgreSQL. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is a new user and needs a password: type one when asked, or give a file holding it with --password-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (no CivicStat role: sees no measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (owner of the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2; clearance %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2: %3; clearance %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <location filename="../models/offline/snapshot.cpp" line="+64"/>
        <source>Cannot write beside %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot put the offline copy in place as %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+125"/>
        <source>An offline copy for internal use is sealed (encrypted): give it a passphrase. Only a copy for the public may be left unsealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The offline copy was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../models/core/statustext.cpp" line="+15"/>
        <source>this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 of %2 measures on track, %3 at risk, %4 off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2 without figures or target %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../models/store/postgres/pgfiscalyearchange.cpp" line="+50"/>
        <location filename="../models/store/sqlite/fiscalyearchange.cpp" line="+65"/>
        <source>The fiscal year cannot start in %1 in &quot;%2&quot;: measure %3 has a target from %4, the start of FY%5, which would move to %6, where FY%5 then starts, but the measure already has another target from that day. Nothing was changed. Import the measure&apos;s targets again without one of the two, then change the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/sqlite/sqlite.cpp" line="+32"/>
        <source>The file is not an SQLite database. Check that you chose a CivicStat database (.db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is damaged. Restore it from a backup or ask your data steward for a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is using the database. Close it, or wait a moment, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is open read-only. Check the file&apos;s permissions, or open a copy you may write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the disk is not full and that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../models/store/sqlite/sqlitekpistore.cpp" line="+53"/>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the database &quot;%1&quot;: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database &quot;%1&quot; was being changed when the program writing it stopped (a crash or a power cut), and only someone who may write to it can take back that unfinished change. Ask whoever manages the file to open it once, or copy it together with its &quot;-journal&quot; file to a folder you may write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database &quot;%1&quot; failed while %2: %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>preparing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>running &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/postgres/pgimportwriter.cpp" line="+57"/>
        <location filename="../models/store/sqlite/sqliteimportwriter.cpp" line="+44"/>
        <source>The code &quot;%1&quot; does not name any row of &quot;%2&quot; in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+274"/>
        <location filename="../models/store/sqlite/sqliteimportwriter.cpp" line="+262"/>
        <source>The database already holds a figure for %1, %2%3. Nothing was written. Import again with --on-duplicate replace (the file wins) or skip (the database wins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <location filename="../models/store/sqlite/sqliteimportwriter.cpp" line="+12"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/sqlite/sqlitekpistore.cpp" line="-13"/>
        <source>&quot;%1&quot; is a folder, not a CivicStat database. Choose the .db file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have permission to read &quot;%1&quot;. Ask whoever manages the file for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a CivicStat database: it is not an SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is empty (0 bytes), not a CivicStat database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is an SQLite database of another program, not a CivicStat database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; lacks the table &quot;%2&quot; that every CivicStat database has. It may be damaged or incomplete; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is damaged and cannot be read. Nothing was changed. Restore it from a backup, or ask your data steward for a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+289"/>
        <source>&quot;%1&quot; is damaged: its latest figure ends on &quot;%2&quot;, which is not a date. Restore it from a backup, or ask your data steward for a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-211"/>
        <source>&quot;%1&quot; was written by a newer version of CivicStat (format %2; this version knows up to %3). It is open read-only: update CivicStat to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is from an older CivicStat and must be upgraded, but you may not write to it. Copy it to a folder you may write to, or ask for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may not change &quot;%1&quot; (the file is read-only); it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/postgres/pgkpistorereads.cpp" line="+121"/>
        <location filename="../models/store/sqlite/sqlitekpistorereads.cpp" line="+110"/>
        <source>The measure of this comment is no longer in &quot;%1&quot;: someone else removed it since. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../models/store/sqlite/sqlitekpistorereads.cpp" line="+38"/>
        <source>The comment is no longer in &quot;%1&quot;: someone else deleted it since. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../models/store/sqlite/sqlitekpistorereads.cpp" line="+30"/>
        <source>There is no import to undo in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../models/store/sqlite/sqlitekpistorereads.cpp" line="+3"/>
        <source>Another import (%1) was written to &quot;%2&quot; since you asked; nothing was undone. Choose Undo again to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../models/core/storeerror.cpp" line="+15"/>
        <source>Check the path, or create a database with &quot;civicstat init&quot;, &quot;civicstat import&quot; or &quot;civicstat demo&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a CivicStat database, or bring in a spreadsheet or CSV with &quot;civicstat import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take one with &quot;civicstat snapshot&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set it up with &quot;civicstat server-init&quot; (as a user who may change its tables), then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabularData</name>
    <message>
        <location filename="../models/import/tabulardata.cpp" line="+30"/>
        <source>%1 is not a text file: line %2 holds the control character U+%3, which text never does. It is neither a workbook nor comma-separated values; check that you chose the right file, or open it in the program that made it and save it as CSV or as an Excel Workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../app/undocommands.cpp" line="+39"/>
        <source>add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>change city settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>take back an import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueParsing</name>
    <message>
        <location filename="../models/core/valueparsing.cpp" line="+70"/>
        <source>&quot;%1&quot; is not a number: its &quot;%2&quot; is not a thousands separator here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>text, not a number, nor one of the words that mean missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowError</name>
    <message>
        <location filename="../app/windowerrortext.cpp" line="+15"/>
        <source>Use File &gt; New database to create one, or File &gt; Open database to choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use File &gt; Open database to choose a CivicStat database, or File &gt; New database to create one and then File &gt; Import figures to bring in a spreadsheet or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take one with File &gt; Take offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask whoever manages the server to set it up for this version of CivicStat, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <location filename="../models/import/xlsxworkbookreader.cpp" line="+64"/>
        <source>The file %1 does not exist. Check the name and folder, or choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 cannot be opened (%2). Check that it is a file you are allowed to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is too large to read: it is over %2, the most CivicStat reads from one file. Save the sheet you need as a CSV file, split it by year if it is still this large, and import each part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which cannot be read. Open it in Excel and save it as an Excel Workbook (.xlsx) without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 cannot be read: its package lists more than %2 entries, far more than any workbook has, so it is damaged or not a workbook. Open it in Excel and save it again as an Excel Workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 is damaged or incomplete: it starts as a ZIP package, as .xlsx files do, but its table of contents is missing or unreadable. Copy or download it again, or open it in Excel, which may repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 is not an Excel workbook (.xlsx): it is not a ZIP package as .xlsx files are. If it holds comma-separated values, import it as a CSV file; otherwise open it in Excel and save it as an Excel Workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file %1 is an Excel binary workbook (.xlsb), which cannot be read. Open it in Excel and save it as an Excel Workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is a ZIP package but not an Excel workbook: it has no workbook part. Check that you chose the right file, or open it in Excel and save it as an Excel Workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file %1 cannot be read: its workbook part %2 lists more than %3 sheets, the most CivicStat reads. Copy the sheets you need into a new workbook and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/xlsxsheetreader.cpp" line="+74"/>
        <source>The file %1 is too large to read: its part %2 holds more than %3 texts, more than the %3 cells CivicStat reads from one file. Save the sheet you need as a CSV file and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>sheet &quot;%1&quot; has no part in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>sheet &quot;%1&quot; has a row numbered &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>sheet &quot;%1&quot; has a cell reference &quot;%2&quot; in row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cell %1 of sheet &quot;%2&quot; refers to shared string %3, but there are only %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/xlsxworkbookreader.cpp" line="+62"/>
        <source>the part is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>XML error at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is damaged: its part %2 cannot be read (%3). Open it in Excel, which may repair it, and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is too large to read: its part %2 unpacks to more than CivicStat reads (%3 a part, %4 for the whole workbook). Save the sheet you need as a CSV file and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/xlsxsheetreader.cpp" line="+87"/>
        <source>The file %1 is too large to read: by row %2 of sheet &quot;%3&quot; it holds more than %4 cells, the most CivicStat reads from one file (rows times columns, each row as wide as its last cell with a value: row %2 reaches column %5). Delete the rows and columns the import does not need, or the stray values far to the right, save it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/xlsxfile.cpp" line="+48"/>
        <source>The file %1 has no worksheets to read. Open it in Excel and check that the data is on a worksheet rather than only in a chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file %1 has no sheet named &quot;%2&quot;. Its sheets are: %3. Choose one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/xlsxpackage.cpp" line="+75"/>
        <source>its directory entry is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it uses a compression method that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its compressed data is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its checksum does not match its contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::BreadcrumbBar</name>
    <message>
        <location filename="../widgets/breadcrumbbar.cpp" line="+59"/>
        <source>Drill path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+1"/>
        <source>Go back up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drill path: %1</source>
        <translation>Ruta: %1</translation>
    </message>
</context>
<context>
    <name>civicstat::BreakdownChart</name>
    <message>
        <location filename="../widgets/breakdownchart.cpp" line="+59"/>
        <source>Break down by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose how the figures are broken down: by neighbourhood, by group, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break down by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bar chart of the figures by member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save chart as &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chart as &amp;SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right-click to save this chart as a PNG picture or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Figures by member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No breakdown by neighbourhood or group is recorded for this measure in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>By %1 in %2: highest %3, %4; lowest %5, %6; %7 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::BriefingBuilderDialog</name>
    <message>
        <location filename="../app/briefingbuilderdialog.cpp" line="+75"/>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Briefing book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a printer and print the briefing as the preview shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the briefing as a PDF file, to send or to archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the builder; your choices are kept for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom so that a page fills the preview&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom so that a whole page shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pages as they will be printed and saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Gathering the briefing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/briefingbuilderoutput.cpp" line="+69"/>
        <source>Save the briefing as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved 1 page to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 pages to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sent 1 page to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent %1 pages to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::BriefingOptionsForm</name>
    <message>
        <location filename="../app/briefingoptionsform.cpp" line="+63"/>
        <source>&amp;Internal, for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ublic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF/&amp;A, for the records archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scorecard &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pa&amp;ge per measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendi&amp;x of definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any period: a month (2026-09), a quarter (2026-Q3 or FY2027-Q1), a year (2026 or FY2027), a week (2026-W10) or a day. Empty: the latest period with figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>1 measure chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>%1 measures chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citywide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the briefing covers: the whole city, one goal, department or objective, or measures you pick one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal, department or objective the briefing covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Which one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Filter the measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code or words of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the measures whose code or name contains these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the measures the briefing covers (Space ticks the selected one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the city&apos;s staff and council members in closed session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For publication: on the website, in a council agenda packet, to the press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public and internal measures; every page is stamped &quot;INTERNAL: not for public release&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This city has no confidential or restricted measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confidential and restricted measures to add by name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They appear only when ticked here, and each page that shows one carries its classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only measures classified public, every score recomputed from them alone; no figures by neighbourhood or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paper and contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper the pages are laid out for, when printed and in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes PDF/A-1b, the archival form of PDF that a records archive keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title on the cover; empty: Performance briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each goal with its objectives, status, score and counts, on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every off-track measure with its owner and this period&apos;s explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table of every measure, its figure, target and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each measure: its chart against target, trend, commentary and definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definitions, methods, sources and stewards of the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pape&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&quot;%1&quot; is not a period. Write a month (2026-09), a quarter (2026-Q3 or FY2027-Q1), a year (2026 or FY2027), a week (2026-W10), a day (2026-09-15), or leave it empty for the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Tick at least one measure under Scope, or choose another scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick at least one public measure under Scope, or choose another scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This city has no goals yet. Choose another scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This city has no departments yet. Choose another scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This city has no objectives yet. Choose another scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::CitySettingsDialog</name>
    <message>
        <location filename="../app/citysettingsdialog.cpp" line="+25"/>
        <source>City settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The month the fiscal year starts. FY2024 is named by the year it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How far short of its target a measure may be and still count as at risk rather than off track, for measures without a tolerance of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The highest score one measure can have, so that one measure far above target cannot hide others below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Objectives, goals and the city are at risk from this score up to 1.00, and off track below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in titles and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>City &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fiscal year starts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score &amp;cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At-risk threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is open read-only: the settings can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::CommentaryList</name>
    <message>
        <location filename="../widgets/commentarylist.cpp" line="+47"/>
        <source>No comments for this measure yet.</source>
        <translation>Todavía no hay comentarios sobre este indicador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no author recorded</source>
        <translation>sin autor registrado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comment for %1 by %2</source>
        <translation>Comentario de %2 sobre %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this comment</source>
        <translation>Cambiar este comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the comment for %1</source>
        <translation>Editar el comentario de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this comment (Edit &gt; Undo brings it back)</source>
        <translation>Eliminar este comentario (Edición &gt; Deshacer lo recupera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the comment for %1</source>
        <translation>Eliminar el comentario de %1</translation>
    </message>
</context>
<context>
    <name>civicstat::ExportScorecardDialog</name>
    <message>
        <location filename="../app/exportscorecarddialog.cpp" line="+14"/>
        <source>&amp;Internal: public and internal measures, for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Public: public measures only, for anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the scorecard of %1 as a spreadsheet (XLSX or CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An export is internal unless you choose public; a public one leaves out every measure not classified public and scores each goal and objective from the public measures alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Choose file...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::GoalTile</name>
    <message>
        <location filename="../widgets/goaltile.cpp" line="+85"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2 measures on track, %3 at risk, %4 off track, %5 without data, %6 without a target.
Click or press Enter to open this goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Score %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::ImportWizard</name>
    <message>
        <location filename="../app/importwizard.cpp" line="+76"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into %1: a CivicStat CSV file (structure or observations), or a spreadsheet in your city&apos;s own layout together with the mapping that describes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;uild...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a mapping by choosing, for each field, the column of this file that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: the file is in CivicStat&apos;s own CSV format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mapping (JSON) says which columns hold codes, names and figures; see docs/import-formats.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The worksheet to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first rows of the file, as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first rows, as read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been written yet. Every problem is listed with where it is; fix the file or the mapping and come back, or import when there are none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the figure already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the figure already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop: import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do when the database, or an earlier row, already has a figure for the same measure, member and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+267"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chosen problem in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2, column &quot;%3&quot;, value &quot;%4&quot;: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems and refused values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a figure is already there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>C&amp;opy the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Copy every problem, with its row, column and value, to paste into an e-mail or a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied: paste it anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All or nothing: if the import is cancelled or fails, the database stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop now; nothing will have been written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets and CSV (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CivicStat mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 rows in the sheet &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows; read as %2, separated by &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a file that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading and checking %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This file is not in CivicStat&apos;s own CSV format: go Back and choose its mapping (Browse...), or make one from its columns (Build...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 value is refused by the mapping and will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 values are refused by the mapping and will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems stop the import, but read these warnings first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems: ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 problem: nothing can be imported until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 problems: nothing can be imported until they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing %1 figures...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>%1 figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>%1 figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Kept %1 already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import log records it as import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finish to see them; Edit &gt; Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sheet	Row	Column	Value	What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+92"/>
        <location filename="../app/mainwindowfiles.cpp" line="+196"/>
        <source>CivicStat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading the figures; you can keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an empty KPI database for your city, then import its measures and figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a CivicStat KPI database (.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;server database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a CivicStat database shared on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riverton, a fictional city with made-up figures, to try CivicStat on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the database again (it also reloads by itself when the file changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import figures...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in a CSV or XLSX file, checked first, all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last &amp;import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the latest import: its figures go, the ones it replaced come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export scorecard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the scorecard on screen as an Excel workbook or a CSV file, internal or public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take offline...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a copy of part of the city to take where there is no network, holding only what its audience may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Briefing book...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview a briefing book for council or the public, then print it or save it as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print a briefing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The briefing book builder, ready to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>City &amp;settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, fiscal year, tolerance, score cap and at-risk threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name for comments...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name your comments are signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Citywide overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How to read CivicStat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screens, what a status and a score mean, periods, and every key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CivicStat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/mainwindowoffline.cpp" line="+43"/>
        <source>Opening %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+43"/>
        <source>%1 - CivicStat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (demonstration city, made-up figures) - CivicStat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+197"/>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowhelp.cpp" line="+58"/>
        <source>About CivicStat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;CivicStat %1&lt;/h3&gt;&lt;p&gt;Performance management for city governments: goals, objectives and measures, on track or not, at a glance.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowfiles.cpp" line="-150"/>
        <source>1 figure was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 figure goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 figures were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 figures go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 figure it had replaced was put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 figure it replaced comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 figures it had replaced were put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 figures it replaced come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+14"/>
        <location line="+9"/>
        <source>Undo the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>There is no import to undo in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take back the import of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an unnamed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment it brought goes with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 comments it brought go with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The comment it brought went with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 comments it brought went with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Goals, objectives and measures it created stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking an import back cannot itself be undone: import the file again to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undid the import of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <location line="+9"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>CivicStat databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already exists, and is left as it is. Choose another name, or open it with File &gt; Open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a CivicStat database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CivicStat databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the demo city to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open the demo city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+7"/>
        <source>Open a server database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The database&apos;s address, postgresql://USER@HOST:PORT/NAME (without the password: it is asked for next if the server wants one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a PostgreSQL address: it starts with postgresql://. To open a file, use File &gt; Open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="+77"/>
        <source>Open a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported the %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>goal %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>objective %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>department %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>citywide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Export scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1: %2. Nothing was written; choose another folder or free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowoffline.cpp" line="+7"/>
        <source>Comments sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent; the comments are still pending here. Try again when the source can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot send the comments back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote the offline copy %1: %2 measures, %3 figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline copy written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offline copy %1 is written. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::MappingBuilderDialog</name>
    <message>
        <location filename="../app/mappingbuilderdialog.cpp" line="+38"/>
        <source>Goal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over longer periods, take the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>What the words in the direction column mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which way is better, measure by measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Build a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each field, choose the column that holds it, or type a fixed text (for example one goal for the whole file). Fields in bold are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mapping name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A column of the file, or a fixed text typed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the first choices for the whole file, or a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decide per measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A column saying which way is better (Desired Outcome: Increase, Decrease...); higher, lower or band for every measure of the file; or decide per measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The column holding the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column saying which period each row is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A column naming each row&apos;s member (a district, a precinct); empty when each row is for the measure as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long: a period column and a value column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wide: a column per period (FY 24 Actual, FY 25 Q1, Jan-24, 2023, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long: one row per figure. Wide: one row per measure, one column per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How dates in the period column are written; empty for periods like 2024-03 or FY2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a column, or a name: neighbourhood, council district...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A column naming each row&apos;s kind of member (Geographic Unit), or one name for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures are laid out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How each column is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each row is for the member in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members are a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save the mapping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>actual figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column name reads as a period (FY 24 Actual, FY 25 Q1, Jan-24, 2023-07, 2023, ...). Choose the long layout, or rename the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 column reads as figures, listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 columns read as figures, listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the other columns are the fields above. Next year&apos;s columns of the same style are read too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 measures in &quot;%2&quot;. Choose for each which way is better; none is chosen for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the column of measure names (Measure name, above) to list the measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>what %1 in the direction column mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column of measure names, to decide per measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>which way is better for 1 measure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2 more (marked &quot;(choose)&quot; in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which way is better for %1 measures: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>columns named as periods (or choose the long layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Still to choose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Not yet a usable mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CivicStat mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::MeasureChart</name>
    <message>
        <location filename="../widgets/measurechart.cpp" line="+76"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last year of figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last %1</source>
        <translation>Últimos %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the last %1 periods (two years of months) and the period being viewed</source>
        <translation>Mostrar los últimos %1 periodos (dos años de meses) y el periodo consultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last three years of figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last five years of figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every period with figures, all years</source>
        <translation>Mostrar todos los periodos con cifras, todos los años</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save chart as &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture at twice the size on screen, for slides and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chart as &amp;SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A drawing that stays sharp at any size, with real text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG picture or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chart of the measure&apos;s actual against its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No figures have been reported for this measure yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chart of %1: actual against target</source>
        <translation>Gráfico de %1: valor real frente a la meta</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Tolerance band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Target range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/measurechartannotations.cpp" line="+113"/>
        <source>Viewing %1</source>
        <translation>Consultando %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Actual: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual: no figure reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target range: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provisional: the figures may still change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::MeasureDirectionsTable</name>
    <message>
        <location filename="../app/measuredirectionstable.cpp" line="+14"/>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best within a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Better is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which way is better, measure by measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Better is, for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::MeasurePanel</name>
    <message>
        <location filename="../widgets/measurepanel.cpp" line="+36"/>
        <source>Higher is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best inside a target range; too high or too low is worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Figures over a longer period are added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures over a longer period are averaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over a longer period, the latest figure counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over a longer period, the lowest figure counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over a longer period, the highest figure counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rate: over a longer period, the counts behind it are added up before dividing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Public: may be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal: for city staff, not for publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential: only for the people who need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restricted: never shown in public output; handle with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Add comment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group the figures by month, quarter or fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <location line="+177"/>
        <source>About this measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+179"/>
        <source>Write a comment about the period being viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the measure&apos;s owners wrote about each period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the measure counts, where its figures come from and why its target</source>
        <translation>Qué mide el indicador, de dónde salen sus cifras y por qué su meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is being done about the objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures by neighbourhood or group for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The latest figure covers up to %1, later than expected: ask the data steward (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No figure has ever been reported for this measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No initiatives are recorded for this objective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it is calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over longer periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported by member only; see Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the target for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none: monitored only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should readers know about %1 in %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::NavigationModel</name>
    <message>
        <location filename="../models/itemmodels/navigationmodel.cpp" line="+83"/>
        <source>Citywide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>, score %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::NavigationPanel</name>
    <message>
        <location filename="../widgets/navigationpanel.cpp" line="+58"/>
        <source>Find a goal, objective, measure or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name or code (Ctrl+F); Enter opens the first match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>By goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>By department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citywide goals, their objectives and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments, the objectives they own and their measures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::OfflineBanner</name>
    <message>
        <location filename="../widgets/offlinebanner.cpp" line="+13"/>
        <source>Send comments back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send the comments written in this copy to the database it was taken from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::OverviewPanel</name>
    <message>
        <location filename="../widgets/overviewpanel.cpp" line="+32"/>
        <source>Goals are ordered worst first. A score of 1.00 means on target: each goal averages its objectives, each objective its measures. The line in each tile shows the goal&apos;s score over the last 12 periods against 1.00 (dashed). Open a goal to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a made-up demonstration city; its figures are invented. File &gt; Open database opens your own, File &gt; New database starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: citywide overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database has no goals yet. Bring in your city&apos;s measures and figures with File &gt; Import figures (Ctrl+I): a spreadsheet with its mapping, or CivicStat&apos;s own CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: citywide score %2 for %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No measure has both data and a target for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::PassphraseDialog</name>
    <message>
        <location filename="../app/passphrasedialog.cpp" line="+27"/>
        <source>Sealed database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is sealed: it is encrypted, and opens only with its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::PeriodSelector</name>
    <message>
        <location filename="../widgets/periodselector.cpp" line="+22"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show months, fiscal quarters or fiscal years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period (Ctrl+[)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next period (Ctrl+])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the most recent period with data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1  (%2 – %3)</source>
        <extracomment>A period and its first and last days: &quot;2026-09 (1 Sep 2026 – 30 Sep 2026)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::ReadingGuideDialog</name>
    <message>
        <location filename="../widgets/readingguidedialog.cpp" line="+54"/>
        <location line="+1"/>
        <source>How to read CivicStat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the chosen goal, objective or measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Move to the next or previous part of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between the goals of the overview, the rows of a table or list, and the choices of a row of buttons (Show: 1 year, Last 24...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the Find box into the list of goals, from a filter box into its table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+[, Ctrl+]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The previous or next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a measure page, the next or previous tab (commentary, breakdown...); in the list on the left, By goal or By department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The overview shows the city&apos;s goals, the worst first. Each goal says whether it is on track, its score, and how many of its measures are on track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a goal to see its objectives, worst first; open an objective to see its measures; open a measure to see its history against its target, why it has its status, and what its owner and steward say about it in the commentary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To get back, use Back (Alt+Left), the path above the page, or the list of goals on the left. Find (Ctrl+F) looks for any goal, objective, measure or department by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period at the top right chooses the month, quarter or year being scored. A period that is not over yet is scored with the figures so far, and the page says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a status means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every status has its own shape as well as its colour, and its name in words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a table, &quot;Last 12 periods&quot; is a small line of the measure&apos;s twelve periods up to the one chosen, the last one marked with its status&apos;s colour and shape. On a measure page, &quot;Show:&quot; chooses how much history the chart draws: &quot;Last 24&quot; is the 24 periods up to the one chosen, which is marked on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The screens, what a status and a score mean, periods and keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::ScorecardPanel</name>
    <message>
        <location filename="../widgets/scorecardpanel.cpp" line="+64"/>
        <source>Filter rows by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the rows whose name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the table&apos;s columns; on a narrow window the owner and the date of the data give way first</source>
        <translation>Elija las columnas de la tabla; en una ventana estrecha ceden primero el responsable y la fecha de los datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns (%1 hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Choose columns</source>
        <translation>Elegir columnas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Hidden to fit the window: %1. Choose them here to bring them back, or widen the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fit columns to the window</source>
        <translation>Ajustar las columnas a la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the columns chosen: the owner and the date of the data give way on a narrow window</source>
        <translation>Olvidar las columnas elegidas: el responsable y la fecha de los datos ceden en una ventana estrecha</translation>
    </message>
</context>
<context>
    <name>civicstat::ScorecardTableModel</name>
    <message>
        <location filename="../models/itemmodels/scorecardtablemodel.cpp" line="+82"/>
        <source>%1 (reported %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (by member only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (never reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>↗ Improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↘ Worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ Steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>, score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 measures on track, %2 at risk, %3 off track, %4 without data or target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This measure is reported %1: choose a longer period to see its figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late: the latest figure covers up to %1, older than the expected refresh interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its figures are reported only by member (district, precinct...), not as a citywide total, so it has no score; its page shows them under Breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No figure has ever been reported for this measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual minus target (for a range: distance outside it); pts = percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.00 means on target; objectives and goals average their measures&apos; scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with the previous period, judged by whether higher or lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual (measures) or score (objectives) over the last 12 periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last day covered by the most recent figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The objective&apos;s owner, or the measure&apos;s data steward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::ServerPasswordDialog</name>
    <message>
        <location filename="../app/serverpassworddialog.cpp" line="+27"/>
        <source>&amp;Remember this password in the desktop&apos;s keychain</source>
        <translation>&amp;Recordar esta contraseña en el llavero del escritorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+111"/>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>The PostgreSQL server &lt;b&gt;%1&lt;/b&gt; asks for the password of user &lt;b&gt;%2&lt;/b&gt; to open the database &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>El servidor PostgreSQL &lt;b&gt;%1&lt;/b&gt; pide la contraseña del usuario &lt;b&gt;%2&lt;/b&gt; para abrir la base de datos &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept encrypted by the desktop&apos;s keychain, under &quot;civicstat&quot; and %1; CivicStat never writes it to a file.</source>
        <translation>La guarda cifrada el llavero del escritorio, bajo &quot;civicstat&quot; y %1; CivicStat nunca la escribe en un archivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The password remembered in the desktop&apos;s keychain was refused, and is forgotten now. %1</source>
        <translation>La contraseña recordada en el llavero del escritorio fue rechazada y se ha olvidado. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database is open, but the desktop&apos;s keychain did not take the password: it will be asked for next time.</source>
        <translation>La base de datos está abierta, pero el llavero del escritorio no aceptó la contraseña: se pedirá la próxima vez.</translation>
    </message>
</context>
<context>
    <name>civicstat::StartPage</name>
    <message>
        <location filename="../widgets/startpage.cpp" line="+33"/>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a CivicStat database file (File &gt; Open database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an empty database, then import figures into it (File &gt; New database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riverton, a fictional city with made-up figures, to try CivicStat on (File &gt; Open the demo city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The database could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome to CivicStat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CivicStat shows how a city is doing on its goals: scorecards of measures against their targets, worst first. Open your city&apos;s database, start a new one, or look around the demo city.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::StoreFactory</name>
    <message>
        <location filename="../models/store/storefactory.cpp" line="+21"/>
        <source>&quot;%1&quot; names a PostgreSQL server. Publishing copies one database file over another; a server database is shared already and needs no publishing. Give two file paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is sealed (encrypted with a passphrase): only opening it in CivicStat, with its passphrase, reads it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>civicstat::TakeOfflineDialog</name>
    <message>
        <location filename="../app/takeofflinedialog.cpp" line="+35"/>
        <location line="+58"/>
        <source>Take offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The whole city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal: public and internal measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: public measures only, no figures by member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An offline copy holds the chosen part of the city as its audience may see it: a measure the audience may not see leaves no trace in the file. Comments written in it are sent back later with Send comments back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A copy for internal use is sealed: it opens only with this passphrase (at least 10 characters). Keep the passphrase apart from the laptop; nobody can recover a forgotten one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A public copy is not sealed: it holds nothing that is not public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CivicStat databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say where to write the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+72"/>
        <source>Performance management for city governments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The KPI database to open (default: the demo city).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
