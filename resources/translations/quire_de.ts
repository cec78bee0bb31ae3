<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Quire::ByteSize</name>
    <message>
        <source>size &quot;%1&quot;: unit &quot;%2&quot; is ambiguous: write %3%4B (powers of 1000) or %3%5iB (powers of 1024)</source>
        <translation>Größe „%1“: Einheit „%2“ ist mehrdeutig: Schreiben Sie %3%4B (Potenzen von 1000) oder %3%5iB (Potenzen von 1024)</translation>
    </message>
    <message>
        <source>size &quot;%1&quot;: unknown unit &quot;%2&quot; (use B, KiB, MiB, GiB, TiB, kB, MB, GB, TB...)</source>
        <translation>Größe „%1“: unbekannte Einheit „%2“ (verwenden Sie B, KiB, MiB, GiB, TiB, kB, MB, GB, TB...)</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; is negative: give 0 or more bytes</source>
        <translation>Größe „%1“ ist negativ: Geben Sie 0 oder mehr Byte an</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; is not a size: give a whole number of bytes with an optional unit, e.g. 512, 4KiB, 1MiB, 2GB</source>
        <translation>Größe „%1“ ist keine Größenangabe: Geben Sie eine ganze Zahl von Byte mit optionaler Einheit an, z. B. 512, 4KiB, 1MiB, 2GB</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; is too large: the most is 8 EiB - 1 byte (9223372036854775807)</source>
        <translation>Größe „%1“ ist zu groß: Das Maximum ist 8 EiB - 1 Byte (9223372036854775807)</translation>
    </message>
    <message>
        <source>size %1 is negative: give 0 or more bytes</source>
        <translation>Größe %1 ist negativ: Geben Sie 0 oder mehr Byte an</translation>
    </message>
    <message>
        <source>a size must be a whole number of bytes or a string such as &quot;4KiB&quot;</source>
        <translation>eine Größe muss eine ganze Zahl von Byte oder eine Zeichenkette wie &quot;4KiB&quot; sein</translation>
    </message>
</context>
<context>
    <name>Quire::CliParser</name>
    <message>
        <source>Creates files in bulk, in parallel, from a name template and a content template.</source>
        <translation>Erstellt Dateien in großer Zahl, parallel, aus einer Namensvorlage und einer Inhaltsvorlage.</translation>
    </message>
    <message>
        <source>Target folder (repeat for several; created if missing). Required, unless --job names it.</source>
        <translation>Zielordner (für mehrere wiederholen; wird erstellt, falls er fehlt). Erforderlich, sofern --job ihn nicht nennt.</translation>
    </message>
    <message>
        <source>First index (default 1).</source>
        <translation>Erster Index (Standard 1).</translation>
    </message>
    <message>
        <source>Last index, inclusive (default 10).</source>
        <translation>Letzter Index, einschließlich (Standard 10).</translation>
    </message>
    <message>
        <source>Step between indexes; negative counts down (default 1).</source>
        <translation>Schrittweite zwischen den Indizes; negativ zählt abwärts (Standard 1).</translation>
    </message>
    <message>
        <source>File name template (default file-{index:00}.txt).</source>
        <translation>Namensvorlage für die Dateien (Standard file-{index:00}.txt).</translation>
    </message>
    <message>
        <source>Content template (default &apos;In file {index}{nl}&apos;).</source>
        <translation>Inhaltsvorlage (Standard &apos;In file {index}{nl}&apos;).</translation>
    </message>
    <message>
        <source>Read the content template from FILE (- for standard input; 64 MiB at most).</source>
        <translation>Die Inhaltsvorlage aus FILE lesen (- für die Standardeingabe; höchstens 64 MiB).</translation>
    </message>
    <message>
        <source>Encoding of --content-file (default UTF-8).</source>
        <translation>Kodierung von --content-file (Standard UTF-8).</translation>
    </message>
    <message>
        <source>Encoding of the files written (default UTF-8).</source>
        <translation>Kodierung der geschriebenen Dateien (Standard UTF-8).</translation>
    </message>
    <message>
        <source>Write a byte order mark (Unicode encodings only).</source>
        <translation>Eine Bytereihenfolge-Markierung (BOM) schreiben (nur Unicode-Kodierungen).</translation>
    </message>
    <message>
        <source>Write no byte order mark, whatever the job file says.</source>
        <translation>Keine Bytereihenfolge-Markierung schreiben, unabhängig von der Auftragsdatei.</translation>
    </message>
    <message>
        <source>Line ending for {nl} and line breaks: lf, crlf or cr (default lf).</source>
        <translation>Zeilenende für {nl} und Zeilenumbrüche: lf, crlf oder cr (Standard lf).</translation>
    </message>
    <message>
        <source>When a file exists: fail (default), skip, overwrite or rename (keep both).</source>
        <translation>Wenn eine Datei existiert: fail (Standard), skip, overwrite oder rename (beide behalten).</translation>
    </message>
    <message>
        <source>Parallel writes, 1-256 (default: automatic).</source>
        <translation>Parallele Schreibvorgänge, 1-256 (Standard: automatisch).</translation>
    </message>
    <message>
        <source>Everything is on disk (synced) before success is reported.</source>
        <translation>Alles ist auf dem Datenträger (synchronisiert), bevor Erfolg gemeldet wird.</translation>
    </message>
    <message>
        <source>Not durable, whatever the job file says.</source>
        <translation>Nicht dauerhaft schreiben, unabhängig von der Auftragsdatei.</translation>
    </message>
    <message>
        <source>Stop at the first file that fails.</source>
        <translation>Bei der ersten fehlgeschlagenen Datei anhalten.</translation>
    </message>
    <message>
        <source>Go on after a failing file, whatever the job file says.</source>
        <translation>Nach einer fehlgeschlagenen Datei weitermachen, unabhängig von der Auftragsdatei.</translation>
    </message>
    <message>
        <source>Validate and show the plan; write nothing.</source>
        <translation>Prüfen und den Plan anzeigen; nichts schreiben.</translation>
    </message>
    <message>
        <source>With --dry-run: print every planned path, one per line, on standard output (the plan goes to standard error). Names as planned: --if-exists rename may add &quot; (2)&quot; when the run finds a name taken.</source>
        <translation>Mit --dry-run: jeden geplanten Pfad auf der Standardausgabe ausgeben, einen pro Zeile (der Plan geht auf die Standardfehlerausgabe). Namen wie geplant: --if-exists rename kann „ (2)“ anhängen, wenn der Lauf einen Namen belegt vorfindet.</translation>
    </message>
    <message>
        <source>With --dry-run: text (default) or json (the plan as one JSON document on standard output; with --list it holds every path).</source>
        <translation>Mit --dry-run: text (Standard) oder json (der Plan als ein JSON-Dokument auf der Standardausgabe; mit --list enthält es jeden Pfad).</translation>
    </message>
    <message>
        <source>Read the job from a JSON file (- for standard input; 64 MiB at most); flags given too override it (--no-bom, --no-durable, ... turn its switches off).</source>
        <translation>Den Auftrag aus einer JSON-Datei lesen (- für die Standardeingabe; höchstens 64 MiB); zusätzlich angegebene Optionen haben Vorrang (--no-bom, --no-durable, ... schalten seine Schalter aus).</translation>
    </message>
    <message>
        <source>Write the job as JSON to FILE (- for standard output) and continue; an invalid job is never saved.</source>
        <translation>Den Auftrag als JSON nach FILE schreiben (- für die Standardausgabe) und fortfahren; ein ungültiger Auftrag wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Write a per-file report to FILE (- for standard output), CSV or JSON by suffix or --report-format.</source>
        <translation>Einen Bericht pro Datei nach FILE schreiben (- für die Standardausgabe), CSV oder JSON je nach Endung oder --report-format.</translation>
    </message>
    <message>
        <source>Format of --report: csv or json (default: by suffix; json for -).</source>
        <translation>Format von --report: csv oder json (Standard: nach Endung; json für -).</translation>
    </message>
    <message>
        <source>List every encoding available and exit.</source>
        <translation>Alle verfügbaren Kodierungen auflisten und beenden.</translation>
    </message>
    <message>
        <source>Print only errors (and no progress, unless --progress asks for it).</source>
        <translation>Nur Fehler ausgeben (und keinen Fortschritt, außer --progress verlangt ihn).</translation>
    </message>
    <message>
        <source>Progress on standard error: auto (a bar on a terminal, else none; the default), bar, plain (a line every 5 s, for logs), json (an object per line) or none.</source>
        <translation>Fortschritt auf der Standardfehlerausgabe: auto (ein Balken auf einem Terminal, sonst none; der Standard), bar, plain (alle 5 s eine Zeile, für Protokolle), json (ein Objekt pro Zeile) oder none.</translation>
    </message>
    <message>
        <source>direct (default: create each file at its final name) or atomic (write it unnamed, then link it into place, so no name ever shows a partial file, even after kill -9; --durable always uses it).</source>
        <translation>direct (Standard: jede Datei unter ihrem endgültigen Namen erstellen) oder atomic (sie namenlos schreiben und dann an ihren Platz verknüpfen, sodass kein Name je eine unvollständige Datei zeigt, auch nicht nach kill -9; --durable verwendet immer atomic).</translation>
    </message>
    <message>
        <source>Fix {random} and {uuid}: the same seed gives the same names and bytes (0 to 2^53-1; default: drawn, and kept in the run&apos;s journal).</source>
        <translation>{random} und {uuid} festlegen: Derselbe Seed ergibt dieselben Namen und Bytes (0 bis 2^53-1; Standard: zufällig gezogen und im Journal des Laufs festgehalten).</translation>
    </message>
    <message>
        <source>With --if-exists overwrite: keep every replaced file in the run&apos;s journal, so that &apos;quire-cli undo&apos; can put it back.</source>
        <translation>Mit --if-exists overwrite: jede ersetzte Datei im Journal des Laufs aufbewahren, damit &apos;quire-cli undo&apos; sie wiederherstellen kann.</translation>
    </message>
    <message>
        <source>Keep no backup, whatever the job file says.</source>
        <translation>Keine Sicherung aufbewahren, unabhängig von der Auftragsdatei.</translation>
    </message>
    <message>
        <source>Keep no journal of this run (no history, undo, resume or retry for it).</source>
        <translation>Kein Journal dieses Laufs führen (kein Verlauf, Rückgängigmachen, Fortsetzen oder Wiederholen für ihn).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Usage: quire-cli --folder DIR [--folder DIR ...] [options]
       quire-cli --job FILE.json [options]
       quire-cli history|show|undo|resume|retry [options] (each takes --help)</source>
        <translation>Aufruf: quire-cli --folder DIR [--folder DIR ...] [Optionen]
        quire-cli --job FILE.json [Optionen]
        quire-cli history|show|undo|resume|retry [Optionen] (jeweils mit --help)</translation>
    </message>
    <message>
        <source>argument %1 is not valid UTF-8 text: %2</source>
        <translation>Argument %1 ist kein gültiger UTF-8-Text: %2</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation>%1 (siehe --help)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (options start with --; see --help)</source>
        <translation>unerwartetes Argument „%1“ (Optionen beginnen mit --; siehe --help)</translation>
    </message>
    <message>
        <source>--report-format: unknown format &quot;%1&quot; (use csv or json)</source>
        <translation>--report-format: unbekanntes Format „%1“ (verwenden Sie csv oder json)</translation>
    </message>
    <message>
        <source>--report-format without --report: name the report file (or - for standard output)</source>
        <translation>--report-format ohne --report: Nennen Sie die Berichtsdatei (oder - für die Standardausgabe)</translation>
    </message>
    <message>
        <source>--report %1: name a .csv or a .json file, or give --report-format csv|json</source>
        <translation>--report %1: Nennen Sie eine .csv- oder .json-Datei, oder geben Sie --report-format csv|json an</translation>
    </message>
    <message>
        <source>--report - and --save-job - both write to standard output: send one of them to a file</source>
        <translation>--report - und --save-job - schreiben beide auf die Standardausgabe: Leiten Sie eines davon in eine Datei</translation>
    </message>
    <message>
        <source>--job - and the content file - both read standard input: give one of them as a file</source>
        <translation>--job - und die Inhaltsdatei - lesen beide von der Standardeingabe: Geben Sie eines davon als Datei an</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1: „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>--seed %1: give a whole number from 0 to %2</source>
        <translation>--seed %1: Geben Sie eine ganze Zahl von 0 bis %2 an</translation>
    </message>
    <message>
        <source>--jobs %1: give a number of parallel writes from 1 to %2 (leave --jobs out for automatic)</source>
        <translation>--jobs %1: Geben Sie eine Anzahl paralleler Schreibvorgänge von 1 bis %2 an (lassen Sie --jobs für automatisch weg)</translation>
    </message>
    <message>
        <source>--content and --content-file both given: keep one of them</source>
        <translation>--content und --content-file beide angegeben: Behalten Sie nur eine davon</translation>
    </message>
    <message>
        <source>--write-method: unknown method &quot;%1&quot; (use direct or atomic)</source>
        <translation>--write-method: unbekannte Methode „%1“ (verwenden Sie direct oder atomic)</translation>
    </message>
    <message>
        <source>--eol: unknown line ending &quot;%1&quot; (use lf, crlf or cr)</source>
        <translation>--eol: unbekanntes Zeilenende „%1“ (verwenden Sie lf, crlf oder cr)</translation>
    </message>
    <message>
        <source>--if-exists: unknown policy &quot;%1&quot; (use fail, skip, overwrite or rename)</source>
        <translation>--if-exists: unbekannte Regel „%1“ (verwenden Sie fail, skip, overwrite oder rename)</translation>
    </message>
    <message>
        <source>--backup keeps the files that overwrite replaces: use it with --if-exists overwrite</source>
        <translation>--backup bewahrt die Dateien auf, die overwrite ersetzt: Verwenden Sie es mit --if-exists overwrite</translation>
    </message>
    <message>
        <source>--backup keeps replaced files in the run&apos;s journal: it cannot go with --no-journal</source>
        <translation>--backup bewahrt ersetzte Dateien im Journal des Laufs auf: Es lässt sich nicht mit --no-journal kombinieren</translation>
    </message>
    <message>
        <source>--%1 and --%2 both given: keep one of them</source>
        <translation>--%1 und --%2 beide angegeben: Behalten Sie nur eine davon</translation>
    </message>
    <message>
        <source>--progress: unknown mode &quot;%1&quot; (use %2)</source>
        <translation>--progress: unbekannter Modus „%1“ (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>--format: unknown format &quot;%1&quot; (use text or json)</source>
        <translation>--format: unbekanntes Format „%1“ (verwenden Sie text oder json)</translation>
    </message>
    <message>
        <source>--list prints the planned paths instead of writing them: use it with --dry-run (a run&apos;s files are in its --report)</source>
        <translation>--list gibt die geplanten Pfade aus, statt sie zu schreiben: Verwenden Sie es mit --dry-run (die Dateien eines Laufs stehen in seinem --report)</translation>
    </message>
    <message>
        <source>--format chooses how --dry-run prints the plan: use it with --dry-run</source>
        <translation>--format wählt, wie --dry-run den Plan ausgibt: Verwenden Sie es mit --dry-run</translation>
    </message>
    <message>
        <source>--save-job - and the plan both write to standard output: save the job to a file</source>
        <translation>--save-job - und der Plan schreiben beide auf die Standardausgabe: Speichern Sie den Auftrag in einer Datei</translation>
    </message>
    <message>
        <source>
Templates:
  {index} {index:000} {index:D4} {index:x} {index:X8}   the index (zero-padded, hexadecimal)
  {n} {count}            1-based position in the folder, number of files per folder
  {date} {date:yyyy-MM-dd} {time:HH-mm-ss}   the run&apos;s start (same for every file)
  {uuid} {random:8}      a random UUID, 8 random letters and digits
  {folder} {name}        the target folder&apos;s name, the file&apos;s own name (content only)
  {nl} {tab} {{ }}       line ending, tab, literal braces (content: {nl} only there)
  {customer} {Order ID}  with --rows: a CSV column by header name ({1} {2} ... with --no-header;
                         {col:NAME} when NAME is also a built-in, e.g. {col:index}); {index} is the row
  {index/1000:000}/f-{index}.txt   + - * / % ( ) on index and n; a typed / makes sub-folders

Runs, undo and recovery (every run keeps a journal unless --no-journal; RUN is an id or last):
  quire-cli history [--json] [--prune [--keep N]]   the runs, newest first, with state and counts
  quire-cli show RUN [--files all|failed|incomplete|created] [--json]   one run and its files
  quire-cli undo [RUN] [--dry-run]   delete what the run created, unless changed since (exit 0/1/2)
  quire-cli resume [RUN]             finish an interrupted or cancelled run, byte for byte
  quire-cli retry [RUN]              write again only the files that failed
  Each takes --help.

Exit codes:
  0  every file written (or skipped by --if-exists skip)
  1  some files failed (each listed on stderr with its reason), or the run was interrupted
  2  invalid job or usage: nothing was written

Example (the seed):
  quire-cli --folder tempfolder --from 11 --to 20 --name &apos;file-{index:00}.txt&apos; --content &apos;In file {index}{nl}&apos;
</source>
        <translation>
Vorlagen:
  {index} {index:000} {index:D4} {index:x} {index:X8}   der Index (mit führenden Nullen, hexadezimal)
  {n} {count}            Position im Ordner ab 1, Anzahl der Dateien pro Ordner
  {date} {date:yyyy-MM-dd} {time:HH-mm-ss}   der Start des Laufs (für jede Datei gleich)
  {uuid} {random:8}      eine zufällige UUID, 8 zufällige Buchstaben und Ziffern
  {folder} {name}        der Name des Zielordners, der eigene Name der Datei (nur im Inhalt)
  {nl} {tab} {{ }}       Zeilenende, Tabulator, wörtliche Klammern (Inhalt: {nl} nur dort)
  {customer} {Order ID}  mit --rows: eine CSV-Spalte nach ihrem Namen in der Kopfzeile ({1} {2} ... mit --no-header;
                         {col:NAME}, wenn NAME auch ein eingebauter Platzhalter ist, z. B. {col:index}); {index} ist die Zeile
  {index/1000:000}/f-{index}.txt   + - * / % ( ) auf index und n; ein geschriebenes / erzeugt Unterordner

Läufe, Rückgängigmachen und Wiederherstellung (jeder Lauf führt ein Journal, außer mit --no-journal; RUN ist eine ID oder last):
  quire-cli history [--json] [--prune [--keep N]]   die Läufe, neueste zuerst, mit Zustand und Anzahlen
  quire-cli show RUN [--files all|failed|incomplete|created] [--json]   ein Lauf und seine Dateien
  quire-cli undo [RUN] [--dry-run]   löscht, was der Lauf erstellt hat, sofern seitdem unverändert (Exit-Code 0/1/2)
  quire-cli resume [RUN]             beendet einen unterbrochenen oder abgebrochenen Lauf, Byte für Byte
  quire-cli retry [RUN]              schreibt nur die fehlgeschlagenen Dateien erneut
  Jeder Befehl kennt --help.

Exit-Codes:
  0  jede Datei geschrieben (oder mit --if-exists skip übersprungen)
  1  einige Dateien fehlgeschlagen (jede auf stderr mit ihrem Grund aufgeführt), oder der Lauf wurde unterbrochen
  2  ungültiger Auftrag oder Aufruf: Nichts wurde geschrieben

Beispiel (das Ausgangsbeispiel):
  quire-cli --folder tempfolder --from 11 --to 20 --name &apos;file-{index:00}.txt&apos; --content &apos;In file {index}{nl}&apos;
</translation>
    </message>
    <message>
        <source>Write only slice K of N (1 &lt;= K &lt;= N) of the job, like split -n K/N; the N shards together write every file once, byte for byte as one run would ({n}, {count}, {random} and {uuid} stay the whole job&apos;s; the seed comes from the job unless --seed is given).</source>
        <translation>Nur Teil K von N (1 &lt;= K &lt;= N) des Auftrags schreiben, wie split -n K/N; die N Teile schreiben zusammen jede Datei genau einmal, Byte für Byte wie ein einzelner Lauf ({n}, {count}, {random} und {uuid} bleiben die des ganzen Auftrags; der Seed kommt aus dem Auftrag, sofern --seed nicht angegeben ist).</translation>
    </message>
    <message>
        <source>Fix the start that {date} and {time} render, in ISO 8601 (e.g. 2026-12-07T10:00:00Z), so that shards on different machines agree.</source>
        <translation>Den Start festlegen, den {date} und {time} ausgeben, in ISO 8601 (z. B. 2026-12-07T10:00:00Z), damit Teile auf verschiedenen Rechnern übereinstimmen.</translation>
    </message>
    <message>
        <source>One file per data row of a CSV file (instead of --from/--to/--step): its columns are placeholders by header name, {index} is the row number.</source>
        <translation>Eine Datei pro Datenzeile einer CSV-Datei (statt --from/--to/--step): Ihre Spalten sind Platzhalter, benannt nach der Kopfzeile, {index} ist die Zeilennummer.</translation>
    </message>
    <message>
        <source>Delimiter of --rows: , or ; or tab (default: detected from the first line).</source>
        <translation>Trennzeichen von --rows: , oder ; oder tab (Standard: aus der ersten Zeile erkannt).</translation>
    </message>
    <message>
        <source>The first line of --rows is data; columns are {1}, {2}, ...</source>
        <translation>Die erste Zeile von --rows enthält Daten; die Spalten sind {1}, {2}, ...</translation>
    </message>
    <message>
        <source>The first line of --rows names the columns (the default).</source>
        <translation>Die erste Zeile von --rows benennt die Spalten (der Standard).</translation>
    </message>
    <message>
        <source>Encoding of --rows (default: UTF-8, or UTF-16 by its byte order mark).</source>
        <translation>Kodierung von --rows (Standard: UTF-8, oder UTF-16 anhand ihrer Bytereihenfolge-Markierung).</translation>
    </message>
    <message>
        <source>Strip spaces and tabs around every value of --rows (default: values exactly).</source>
        <translation>Leerzeichen und Tabulatoren um jeden Wert von --rows entfernen (Standard: Werte unverändert).</translation>
    </message>
    <message>
        <source>Values of --rows exactly, whatever the job file says.</source>
        <translation>Werte von --rows unverändert übernehmen, unabhängig von der Auftragsdatei.</translation>
    </message>
    <message>
        <source>Repeat the rendered content template and cut it to exactly SIZE bytes per file (BOM included): 512, 4KiB, 1MiB, 2GiB, 4kB, 2GB.</source>
        <translation>Die ausgewertete Inhaltsvorlage wiederholen und auf genau SIZE Byte pro Datei abschneiden (BOM eingeschlossen): 512, 4KiB, 1MiB, 2GiB, 4kB, 2GB.</translation>
    </message>
    <message>
        <source>Fill every file with SIZE random bytes instead of a template; the same --seed writes the same bytes.</source>
        <translation>Jede Datei mit SIZE zufälligen Bytes statt einer Vorlage füllen; derselbe --seed schreibt dieselben Bytes.</translation>
    </message>
    <message>
        <source>Give every file the bytes of FILE (a reflink where the file system can share blocks).</source>
        <translation>Jeder Datei die Bytes von FILE geben (ein Reflink, wo das Dateisystem Blöcke teilen kann).</translation>
    </message>
    <message>
        <source>Make every file SIZE bytes long with no data written (holes; reads as zeros).</source>
        <translation>Jede Datei SIZE Byte lang machen, ohne Daten zu schreiben (Löcher; wird als Nullen gelesen).</translation>
    </message>
    <message>
        <source>Read every file back after writing and compare it with the expected bytes.</source>
        <translation>Jede Datei nach dem Schreiben zurücklesen und mit den erwarteten Bytes vergleichen.</translation>
    </message>
    <message>
        <source>--shard: %1</source>
        <translation>--shard: %1</translation>
    </message>
    <message>
        <source>--run-time: %1</source>
        <translation>--run-time: %1</translation>
    </message>
    <message>
        <source>--delimiter: unknown delimiter &quot;%1&quot; (use , or ; or tab)</source>
        <translation>--delimiter: unbekanntes Trennzeichen „%1“ (verwenden Sie , oder ; oder tab)</translation>
    </message>
    <message>
        <source>--%1 describes the CSV file of --rows: give --rows FILE.csv too</source>
        <translation>--%1 beschreibt die CSV-Datei von --rows: Geben Sie auch --rows FILE.csv an</translation>
    </message>
    <message>
        <source>--%1 and --rows both given: --rows makes one file per CSV row, numbered 1, 2, ... ({index}); leave out --from, --to and --step</source>
        <translation>--%1 und --rows beide angegeben: --rows erstellt eine Datei pro CSV-Zeile, nummeriert 1, 2, ... ({index}); lassen Sie --from, --to und --step weg</translation>
    </message>
    <message>
        <source>%1 both given: choose one content mode</source>
        <translation>%1 zugleich angegeben: Wählen Sie einen Inhaltsmodus</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 writes no content template: drop --content and --content-file</source>
        <translation>%1 schreibt keine Inhaltsvorlage: Lassen Sie --content und --content-file weg</translation>
    </message>
    <message>
        <source>--copy-from: name the file to copy</source>
        <translation>--copy-from: Nennen Sie die zu kopierende Datei</translation>
    </message>
</context>
<context>
    <name>Quire::CliSession</name>
    <message>
        <source>%1 %2 is one of the files this job writes: name a file outside the job&apos;s names</source>
        <translation>%1 %2 ist eine der Dateien, die dieser Auftrag schreibt: Nennen Sie eine Datei außerhalb der Namen des Auftrags</translation>
    </message>
    <message>
        <source>--report and --save-job both name %1: give them different files</source>
        <translation>--report und --save-job nennen beide %1: Geben Sie verschiedene Dateien an</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>cannot write the job to standard output</source>
        <translation>der Auftrag kann nicht auf die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <source>job file</source>
        <translation>Auftragsdatei</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>--backup needs the run journal, which cannot be written: %1</source>
        <translation>--backup braucht das Journal des Laufs, das nicht geschrieben werden kann: %1</translation>
    </message>
    <message>
        <source>warning: this run keeps no journal (no history, undo or resume for it): %1</source>
        <translation>Warnung: Dieser Lauf führt kein Journal (kein Verlauf, Rückgängigmachen oder Fortsetzen für ihn): %1</translation>
    </message>
    <message>
        <source>Creating folder %1</source>
        <translation>Ordner %1 wird erstellt</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Nichts zu schreiben.</translation>
    </message>
</context>
<context>
    <name>Quire::CommandSupport</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>%1 (see quire-cli %2 --help)</source>
        <translation>%1 (siehe quire-cli %2 --help)</translation>
    </message>
    <message>
        <source>quire-cli %1 takes one run, not %2 (%3): see quire-cli %1 --help</source>
        <translation>quire-cli %1 nimmt einen Lauf, nicht %2 (%3): siehe quire-cli %1 --help</translation>
    </message>
    <message>
        <source>A run id from quire-cli history (or a unique start of one), or last (the default).</source>
        <translation>Eine Lauf-ID aus quire-cli history (oder ein eindeutiger Anfang davon) oder last (der Standard).</translation>
    </message>
    <message>
        <source>%1: the journal is damaged; delete that folder to forget the run</source>
        <translation>%1: Das Journal ist beschädigt; löschen Sie diesen Ordner, um den Lauf zu vergessen</translation>
    </message>
    <message>
        <source>%1: see quire-cli history</source>
        <translation>%1: siehe quire-cli history</translation>
    </message>
    <message>
        <source>Progress on standard error: auto (a bar on a terminal, else none; the default), bar, plain, json or none.</source>
        <translation>Fortschritt auf der Standardfehlerausgabe: auto (ein Balken auf einem Terminal, sonst none; der Standard), bar, plain, json oder none.</translation>
    </message>
    <message>
        <source>--progress: unknown mode &quot;%1&quot; (use %2)</source>
        <translation>--progress: unbekannter Modus „%1“ (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>interrupted (%1 may be incomplete)</source>
        <translation>unterbrochen (%1 möglicherweise unvollständig)</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
</context>
<context>
    <name>Quire::ContentModeFields</name>
    <message>
        <source>Choo&amp;se…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Verify every file after writing</source>
        <translation>Jede Datei nach dem Schreiben übe&amp;rprüfen</translation>
    </message>
    <message>
        <source>What goes into every file</source>
        <translation>Was in jede Datei geschrieben wird</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>Die Vorlage</translation>
    </message>
    <message>
        <source>The template, filled to a size</source>
        <translation>Die Vorlage, aufgefüllt auf eine Größe</translation>
    </message>
    <message>
        <source>Random bytes</source>
        <translation>Zufällige Bytes</translation>
    </message>
    <message>
        <source>A copy of a file</source>
        <translation>Eine Kopie einer Datei</translation>
    </message>
    <message>
        <source>Sparse (a size, no data)</source>
        <translation>Dünn besetzt (eine Größe, keine Daten)</translation>
    </message>
    <message>
        <source>Size of every file</source>
        <translation>Größe jeder Datei</translation>
    </message>
    <message>
        <source>e.g. 4KiB, 1MiB, 2GB</source>
        <translation>z. B. 4KiB, 1MiB, 2GB</translation>
    </message>
    <message>
        <source>File to copy</source>
        <translation>Zu kopierende Datei</translation>
    </message>
    <message>
        <source>Choose the file to copy</source>
        <translation>Die zu kopierende Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;Write:</source>
        <translation>Sc&amp;hreiben:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Cop&amp;y of:</source>
        <translation>Ko&amp;pie von:</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
</context>
<context>
    <name>Quire::Csv</name>
    <message>
        <source>and %1 more problems like these in the rows file</source>
        <translation>und %1 weitere solche Probleme in der CSV-Datei</translation>
    </message>
    <message>
        <source>rows file encoding &quot;%1&quot; is unknown (quire-cli --list-encodings shows every encoding)</source>
        <translation>Kodierung „%1“ der CSV-Datei ist unbekannt (quire-cli --list-encodings zeigt alle Kodierungen)</translation>
    </message>
    <message>
        <source>rows file %1 is not valid %2: bad bytes at line %3 (byte offset %4); state its encoding with --rows-encoding</source>
        <translation>CSV-Datei %1 ist kein gültiges %2: ungültige Bytes in Zeile %3 (Byte-Position %4); geben Sie ihre Kodierung mit --rows-encoding an</translation>
    </message>
    <message>
        <source>rows file %1 is not valid UTF-8: bad bytes at line %2 (byte offset %3); state its encoding with --rows-encoding, e.g. windows-1252</source>
        <translation>CSV-Datei %1 ist kein gültiges UTF-8: ungültige Bytes in Zeile %2 (Byte-Position %3); geben Sie ihre Kodierung mit --rows-encoding an, z. B. windows-1252</translation>
    </message>
    <message>
        <source>rows file %1: the delimiter is ambiguous, line 1 has %2: give --delimiter , or ; or tab</source>
        <translation>CSV-Datei %1: Das Trennzeichen ist mehrdeutig, Zeile 1 enthält %2: Geben Sie --delimiter , oder ; oder tab an</translation>
    </message>
    <message>
        <source>rows file %1, line %2: a quote opened there is never closed (write &quot;&quot; for a quote inside a quoted value)</source>
        <translation>CSV-Datei %1, Zeile %2: Ein dort geöffnetes Anführungszeichen wird nie geschlossen (schreiben Sie &quot;&quot; für ein Anführungszeichen innerhalb eines Werts in Anführungszeichen)</translation>
    </message>
    <message>
        <source>rows file %1, line %2: text after the closing quote of a value (quote the whole value, and write &quot;&quot; for a quote inside it)</source>
        <translation>CSV-Datei %1, Zeile %2: Text nach dem schließenden Anführungszeichen eines Werts (setzen Sie den ganzen Wert in Anführungszeichen und schreiben Sie &quot;&quot; für ein Anführungszeichen darin)</translation>
    </message>
    <message>
        <source>rows file %1, line %2: %3 values, but line 1 has %4 (every row needs one value per column; quote values that hold the delimiter)</source>
        <translation>CSV-Datei %1, Zeile %2: %3 Werte, aber Zeile 1 hat %4 (jede Zeile braucht einen Wert pro Spalte; setzen Sie Werte, die das Trennzeichen enthalten, in Anführungszeichen)</translation>
    </message>
    <message>
        <source>rows file %1 is empty: it needs a header line and a row per file</source>
        <translation>CSV-Datei %1 ist leer: Sie braucht eine Kopfzeile und eine Zeile pro Datei</translation>
    </message>
    <message>
        <source>rows file %1 has a header line but no data rows</source>
        <translation>CSV-Datei %1 hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>rows file %1</source>
        <translation>CSV-Datei %1</translation>
    </message>
    <message>
        <source>rows file encoding &quot;%1&quot; is unknown</source>
        <translation>Kodierung „%1“ der CSV-Datei ist unbekannt</translation>
    </message>
    <message>
        <source>rows file %1 is not valid %2: bad bytes at line %3 (byte offset %4); state its encoding</source>
        <translation>CSV-Datei %1 ist kein gültiges %2: ungültige Bytes in Zeile %3 (Byte-Position %4); geben Sie ihre Kodierung an</translation>
    </message>
    <message>
        <source>rows file %1 is not valid UTF-8: bad bytes at line %2 (byte offset %3); state its encoding, e.g. windows-1252</source>
        <translation>CSV-Datei %1 ist kein gültiges UTF-8: ungültige Bytes in Zeile %2 (Byte-Position %3); geben Sie ihre Kodierung an, z. B. windows-1252</translation>
    </message>
    <message>
        <source>rows file %1: the delimiter is ambiguous, line 1 has %2: state the delimiter (, or ; or tab)</source>
        <translation>CSV-Datei %1: Das Trennzeichen ist mehrdeutig, Zeile 1 enthält %2: Geben Sie das Trennzeichen an (, oder ; oder tab)</translation>
    </message>
</context>
<context>
    <name>Quire::CsvRowsModel</name>
    <message>
        <source>Write %1 in a template for this column&apos;s value</source>
        <translation>Schreiben Sie %1 in eine Vorlage für den Wert dieser Spalte</translation>
    </message>
</context>
<context>
    <name>Quire::CsvRowsView</name>
    <message>
        <source>First rows of the CSV file</source>
        <translation>Erste Zeilen der CSV-Datei</translation>
    </message>
    <message>
        <source>The columns are named by the placeholders that write them; the rows are numbered as {index}</source>
        <translation>Die Spalten heißen nach den Platzhaltern, die sie schreiben; die Zeilen sind wie {index} nummeriert</translation>
    </message>
</context>
<context>
    <name>Quire::CsvSourceFields</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>First line names the col&amp;umns</source>
        <translation>Erste &amp;Zeile benennt die Spalten</translation>
    </message>
    <message>
        <source>Tri&amp;m spaces around values</source>
        <translation>Leerzeichen u&amp;m Werte entfernen</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>a .csv file: one file per data row</source>
        <translation>eine .csv-Datei: eine Datei pro Datenzeile</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Die CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Encoding of the CSV file</source>
        <translation>Kodierung der CSV-Datei</translation>
    </message>
    <message>
        <source>UTF-8 (or UTF-16 by BOM)</source>
        <translation>UTF-8 (oder UTF-16 anhand der BOM)</translation>
    </message>
    <message>
        <source>CS&amp;V file:</source>
        <translation>&amp;CSV-Datei:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Encodin&amp;g:</source>
        <translation>K&amp;odierung:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Quire::DesktopFeedback</name>
    <message>
        <source>%1% (paused)</source>
        <extracomment>The window title during a run: percent done, then the usual title</extracomment>
        <translation>%1 % (angehalten)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Quire::DropController</name>
    <message>
        <source>Targets cannot change during a run</source>
        <translation>Die Ziele können während eines Laufs nicht geändert werden</translation>
    </message>
    <message>
        <source>Drop folders to add them as targets, or a CSV file to make one file per row</source>
        <translation>Ordner hier ablegen, um sie als Ziele hinzuzufügen, oder eine CSV-Datei für eine Datei pro Zeile</translation>
    </message>
    <message>
        <source>The CSV file was not used: the source cannot change during a run.</source>
        <translation>Die CSV-Datei wurde nicht verwendet: die Quelle kann sich während eines Laufs nicht ändern.</translation>
    </message>
    <message>
        <source>%1 CSV files dropped (%2): the rows come from one file, so none was used. Drop one of them.</source>
        <translation>%1 CSV-Dateien abgelegt (%2): die Zeilen kommen aus einer Datei, daher wurde keine verwendet. Legen Sie eine davon ab.</translation>
    </message>
    <message>
        <source>Rows from %1: one file per data row.</source>
        <translation>Zeilen aus %1: eine Datei pro Datenzeile.</translation>
    </message>
</context>
<context>
    <name>Quire::FolderListWidget</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Target folders</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>Files are created in every folder listed here. Drop folders anywhere on the window.</source>
        <translation>Die Dateien werden in jedem hier aufgeführten Ordner erstellt. Ordner können überall im Fenster abgelegt werden.</translation>
    </message>
    <message>
        <source>Add target folder</source>
        <translation>Zielordner hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected target folders</source>
        <translation>Ausgewählte Zielordner entfernen</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Ordner entfernen</translation>
    </message>
    <message>
        <source>Not a folder, not added: %1</source>
        <translation>Kein Ordner, nicht hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>Quire::HistoryCommand</name>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 weitere)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>WRITTEN / SKIPPED / FAILED</source>
        <translation>GESCHR./ÜBERSPR./FEHLER</translation>
    </message>
    <message>
        <source>FOLDERS</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>%1  damaged: %2</source>
        <translation>%1  beschädigt: %2</translation>
    </message>
    <message>
        <source>The runs Quire remembers, newest first: id, start, files, state (finished, failed N, cancelled, interrupted, undone), files written / skipped / failed, and the folders.</source>
        <translation>Die Läufe, die Quire aufbewahrt, neueste zuerst: ID, Start, Dateien, Zustand (beendet, fehlgeschlagen N, abgebrochen, unterbrochen, rückgängig gemacht), geschriebene / übersprungene / fehlgeschlagene Dateien und die Ordner.</translation>
    </message>
    <message>
        <source>Print the runs as a JSON array.</source>
        <translation>Die Läufe als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Remove the oldest journals, keeping the newest (see --keep).</source>
        <translation>Die ältesten Journale entfernen und die neuesten behalten (siehe --keep).</translation>
    </message>
    <message>
        <source>With --prune: how many runs to keep (default %1).</source>
        <translation>Mit --prune: wie viele Läufe behalten werden (Standard %1).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see quire-cli history --help)</source>
        <translation>unerwartetes Argument „%1“ (siehe quire-cli history --help)</translation>
    </message>
    <message>
        <source>No runs recorded yet in %1.</source>
        <translation>In %1 sind noch keine Läufe aufgezeichnet.</translation>
    </message>
    <message>
        <source>--keep %1: give a whole number of runs, 0 or more</source>
        <translation>--keep %1: Geben Sie eine ganze Zahl von Läufen an, 0 oder mehr</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n journal(s), kept the newest %1.</source>
        <translation>
            <numerusform>%n Journal entfernt, die neuesten %1 behalten.</numerusform>
            <numerusform>%n Journale entfernt, die neuesten %1 behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (shard %2)</source>
        <translation>%1 (Teil %2)</translation>
    </message>
</context>
<context>
    <name>Quire::HistoryController</name>
    <message numerus="yes">
        <source>Delete %1 file(s) created by the run?</source>
        <translation>
            <numerusform>%1 vom Lauf erstellte Datei löschen?</numerusform>
            <numerusform>%1 vom Lauf erstellte Dateien löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s) changed since will be kept.</source>
        <translation>
            <numerusform>%1 seitdem geänderte Datei wird behalten.</numerusform>
            <numerusform>%1 seitdem geänderte Dateien werden behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 replaced file(s) will be put back from the backup.</source>
        <translation>
            <numerusform>%1 ersetzte Datei wird aus der Sicherung wiederhergestellt.</numerusform>
            <numerusform>%1 ersetzte Dateien werden aus der Sicherung wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s) it replaced cannot be brought back.</source>
        <translation>
            <numerusform>%1 ersetzte Datei kann nicht wiederhergestellt werden.</numerusform>
            <numerusform>%1 ersetzte Dateien können nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s) deleted</source>
        <translation>
            <numerusform>%1 Datei gelöscht</numerusform>
            <numerusform>%1 Dateien gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 put back</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 kept (changed since)</source>
        <translation>%1 behalten (seitdem geändert)</translation>
    </message>
    <message>
        <source>%1 not restorable</source>
        <translation>%1 nicht wiederherstellbar</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 konnten nicht entfernt werden</translation>
    </message>
    <message>
        <source>Undid run %1: %2.</source>
        <translation>Lauf %1 rückgängig gemacht: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The last run (started %1) was interrupted: %2 of %3 file(s) written.</source>
        <translation>
            <numerusform>Der letzte Lauf (gestartet %1) wurde unterbrochen: %2 von %3 Datei geschrieben.</numerusform>
            <numerusform>Der letzte Lauf (gestartet %1) wurde unterbrochen: %2 von %3 Dateien geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s) may be incomplete.</source>
        <translation>
            <numerusform>%1 Datei ist möglicherweise unvollständig.</numerusform>
            <numerusform>%1 Dateien sind möglicherweise unvollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Fortschritt des Rückgängigmachens</translation>
    </message>
    <message>
        <source>Undo: %v / %m</source>
        <translation>Rückgängig: %v / %m</translation>
    </message>
    <message>
        <source>&amp;Undo last run</source>
        <translation>Letzten Lauf &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Delete the files the last run created (files changed since are kept)</source>
        <translation>Die vom letzten Lauf erstellten Dateien löschen (seitdem geänderte Dateien bleiben erhalten)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>The recorded runs: undo, resume, retry, reports</source>
        <translation>Die aufgezeichneten Läufe: rückgängig machen, fortsetzen, wiederholen, Berichte</translation>
    </message>
    <message>
        <source>A run is going on: wait until it finishes.</source>
        <translation>Ein Lauf ist im Gange: Warten Sie, bis er beendet ist.</translation>
    </message>
    <message>
        <source>Another action on a run is going on: wait until it finishes.</source>
        <translation>Eine andere Aktion an einem Lauf ist im Gange: Warten Sie, bis sie beendet ist.</translation>
    </message>
    <message>
        <source>Cannot %1: %2</source>
        <translation>%1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Checking what undo would delete…</source>
        <translation>Prüfe, was das Rückgängigmachen löschen würde…</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>Rückgängigmachen</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Rückgängigmachen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Run %1: nothing left to undo.</source>
        <translation>Lauf %1: Es gibt nichts mehr rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undo run</source>
        <translation>Lauf rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Delete files</source>
        <translation>Dateien &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Undo cancelled: nothing was deleted.</source>
        <translation>Rückgängigmachen abgebrochen: Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Undoing run %1…</source>
        <translation>Lauf %1 wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation>Fortsetzen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %2 file(s) to write.</source>
        <translation>
            <numerusform>Lauf %1 wird fortgesetzt: %2 Datei zu schreiben.</numerusform>
            <numerusform>Lauf %1 wird fortgesetzt: %2 Dateien zu schreiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s) found changed were left alone.</source>
        <translation>
            <numerusform>%1 geänderte Datei wurde nicht angetastet.</numerusform>
            <numerusform>%1 geänderte Dateien wurden nicht angetastet.</numerusform>
        </translation>
    </message>
    <message>
        <source>retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Cannot retry: %1</source>
        <translation>Wiederholen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Run %1 has no failed files to retry.</source>
        <translation>Lauf %1 hat keine fehlgeschlagenen Dateien zum Wiederholen.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %1 failed file(s) of run %2.</source>
        <translation>
            <numerusform>%1 fehlgeschlagene Datei von Lauf %2 wird erneut geschrieben.</numerusform>
            <numerusform>%1 fehlgeschlagene Dateien von Lauf %2 werden erneut geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The form cannot change during a run.</source>
        <translation>Das Formular kann während eines Laufs nicht geändert werden.</translation>
    </message>
    <message>
        <source>Cannot read the job: %1</source>
        <translation>Der Auftrag kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loaded the job of run %1 into the form.</source>
        <translation>Der Auftrag von Lauf %1 wurde in das Formular geladen.</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>Quire::HistoryDialog</name>
    <message>
        <source>No runs recorded yet. Every run keeps a journal unless it is switched off in Edit › Preferences.</source>
        <translation>Noch keine Läufe aufgezeichnet. Jeder Lauf führt ein Journal, sofern es nicht unter Bearbeiten › Einstellungen ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>History of runs</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>Aufgezeichnete Läufe</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Verlauf schließen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the list of runs again</source>
        <translation>Die Liste der Läufe neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the selected run</source>
        <translation>Den ausgewählten Lauf rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the selected run</source>
        <translation>Den ausgewählten Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Retry the failed files</source>
        <translation>Die fehlgeschlagenen Dateien erneut schreiben</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the run&apos;s folder</source>
        <translation>Den Ordner des Laufs öffnen</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the run&apos;s report</source>
        <translation>Den Bericht des Laufs exportieren</translation>
    </message>
    <message>
        <source>Use this &amp;job</source>
        <translation>Diesen &amp;Auftrag verwenden</translation>
    </message>
    <message>
        <source>Load the run&apos;s job into the form</source>
        <translation>Den Auftrag des Laufs in das Formular laden</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV report (*.csv)</source>
        <translation>CSV-Bericht (*.csv)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
</context>
<context>
    <name>Quire::HistoryModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>stopped: failed %1</source>
        <translation>angehalten: fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>interrupted (%1 may be incomplete)</source>
        <translation>unterbrochen (%1 möglicherweise unvollständig)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Quire::JobDocument</name>
    <message>
        <source>&amp;New job</source>
        <translation>&amp;Neuer Auftrag</translation>
    </message>
    <message>
        <source>&amp;Open job…</source>
        <translation>Auftrag ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Voreinstellungen</translation>
    </message>
    <message>
        <source>&amp;Save job</source>
        <translation>Auftrag &amp;speichern</translation>
    </message>
    <message>
        <source>Save job &amp;as…</source>
        <translation>Auftrag speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save as pr&amp;eset…</source>
        <translation>Als V&amp;oreinstellung speichern …</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Could not open the job: %1</source>
        <translation>Der Auftrag konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Opened the job %1.</source>
        <translation>Auftrag %1 geöffnet.</translation>
    </message>
    <message>
        <source>Saved the job to %1.</source>
        <translation>Auftrag in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the job: %1</source>
        <translation>Der Auftrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A new job: every field has its default.</source>
        <translation>Ein neuer Auftrag: Jedes Feld hat seinen Standardwert.</translation>
    </message>
    <message>
        <source>Could not read the preset: %1</source>
        <translation>Die Voreinstellung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Applied the preset &quot;%1&quot;.</source>
        <translation>Voreinstellung „%1“ angewendet.</translation>
    </message>
    <message>
        <source>A preset name cannot be empty, contain &quot;/&quot; or start with a dot.</source>
        <translation>Der Name einer Voreinstellung darf nicht leer sein, kein „/“ enthalten und nicht mit einem Punkt beginnen.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Saved the preset &quot;%1&quot;.</source>
        <translation>Voreinstellung „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the preset: %1</source>
        <translation>Die Voreinstellung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1[*] — Quire</source>
        <extracomment>The window title: the job&apos;s name (with Qt&apos;s modified mark [*]), then the application</extracomment>
        <translation>%1[*] — Quire</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>Auftrag öffnen</translation>
    </message>
    <message>
        <source>Quire jobs (*.quire.json)</source>
        <translation>Quire-Aufträge (*.quire.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save job</source>
        <translation>Auftrag speichern</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Voreinstellung speichern</translation>
    </message>
    <message>
        <source>Name of the preset (the target folders are not part of it):</source>
        <translation>Name der Voreinstellung (die Zielordner gehören nicht dazu):</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has changes that are not saved. Discard them?</source>
        <translation>Der Auftrag „%1“ hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>Quire::JobFile</name>
    <message>
        <source>job file</source>
        <translation>Auftragsdatei</translation>
    </message>
</context>
<context>
    <name>Quire::JobForm</name>
    <message>
        <source>%1 is not a file but %2: choose a text file.</source>
        <translation>%1 ist keine Datei, sondern %2: Wählen Sie eine Textdatei.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the limit for a content template: choose a smaller file.</source>
        <translation>%1 ist größer als %2 MiB, die Grenze für eine Inhaltsvorlage: Wählen Sie eine kleinere Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Target folders</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>Prüfmeldung</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Name template</source>
        <translation>Namensvorlage</translation>
    </message>
    <message>
        <source>&amp;Name template:</source>
        <translation>&amp;Namensvorlage:</translation>
    </message>
    <message>
        <source>Range from</source>
        <translation>Bereich von</translation>
    </message>
    <message>
        <source>Range to</source>
        <translation>Bereich bis</translation>
    </message>
    <message>
        <source>Range step</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation>&amp;Schritt:</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Content template</source>
        <translation>Inhaltsvorlage</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Load the content template from a file</source>
        <translation>Die Inhaltsvorlage aus einer Datei laden</translation>
    </message>
    <message>
        <source>&amp;Content template:</source>
        <translation>&amp;Inhaltsvorlage:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Write &amp;BOM</source>
        <translation>&amp;BOM schreiben</translation>
    </message>
    <message>
        <source>Write a byte order mark</source>
        <translation>Eine Bytereihenfolge-Markierung (BOM) schreiben</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>Zeilenende</translation>
    </message>
    <message>
        <source>LF (Linux, macOS)</source>
        <translation>LF (Linux, macOS)</translation>
    </message>
    <message>
        <source>CRLF (Windows)</source>
        <translation>CRLF (Windows)</translation>
    </message>
    <message>
        <source>CR (classic Mac OS)</source>
        <translation>CR (klassisches Mac OS)</translation>
    </message>
    <message>
        <source>Enco&amp;ding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>L&amp;ine ending:</source>
        <translation>Zeilen&amp;ende:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>If a file exists</source>
        <translation>Wenn eine Datei existiert</translation>
    </message>
    <message>
        <source>Fail: report it, write nothing</source>
        <translation>Fehler: melden, nichts schreiben</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Overwrite it</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Keep both: name (2).ext</source>
        <translation>Beide behalten: name (2).ext</translation>
    </message>
    <message>
        <source>Parallel writes</source>
        <translation>Parallele Schreibvorgänge</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>D&amp;urable writes (sync to disk)</source>
        <translation>&amp;Dauerhaft schreiben (auf Datenträger synchronisieren)</translation>
    </message>
    <message>
        <source>Durable writes</source>
        <translation>Dauerhaft schreiben</translation>
    </message>
    <message>
        <source>Stop at first err&amp;or</source>
        <translation>Beim ersten &amp;Fehler anhalten</translation>
    </message>
    <message>
        <source>Stop at the first error</source>
        <translation>Beim ersten Fehler anhalten</translation>
    </message>
    <message>
        <source>If a file e&amp;xists:</source>
        <translation>Wenn eine Datei e&amp;xistiert:</translation>
    </message>
    <message>
        <source>Parallel &amp;writes:</source>
        <translation>Parallele &amp;Schreibvorgänge:</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Load content template</source>
        <translation>Inhaltsvorlage laden</translation>
    </message>
    <message>
        <source>Text files (*.txt *.json *.csv *.xml *.md *.html *.tmpl)</source>
        <translation>Textdateien (*.txt *.json *.csv *.xml *.md *.html *.tmpl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>content file</source>
        <translation>Inhaltsdatei</translation>
    </message>
    <message>
        <source>%1 is not %2 text (invalid byte at offset %3).</source>
        <translation>%1 ist kein %2-Text (ungültiges Byte an Position %3).</translation>
    </message>
    <message>
        <source>Loaded the content template from %1.</source>
        <translation>Inhaltsvorlage aus %1 geladen.</translation>
    </message>
    <message>
        <source>the content template read from %1</source>
        <translation>die Inhaltsvorlage, gelesen aus %1</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>run time %1</source>
        <translation>Startzeit %1</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <source>write method %1</source>
        <translation>Schreibmethode %1</translation>
    </message>
    <message>
        <source>backups of replaced files</source>
        <translation>Sicherungen ersetzter Dateien</translation>
    </message>
    <message>
        <source>This job also uses settings the window cannot change yet; they are kept and used by Start, Save and Copy as command line: %1.</source>
        <translation>Dieser Auftrag verwendet auch Einstellungen, die das Fenster noch nicht ändern kann; sie bleiben erhalten und werden von „Starten“, „Speichern“ und „Als Befehlszeile kopieren“ verwendet: %1.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Where the files come from</source>
        <translation>Woher die Dateien kommen</translation>
    </message>
    <message>
        <source>An index range</source>
        <translation>Ein Indexbereich</translation>
    </message>
    <message>
        <source>One file per CSV row</source>
        <translation>Eine Datei pro CSV-Zeile</translation>
    </message>
</context>
<context>
    <name>Quire::JobSpec</name>
    <message>
        <source>job key &quot;%1&quot; must be %2</source>
        <translation>Auftragsschlüssel „%1“ muss %2 sein</translation>
    </message>
    <message>
        <source>job key &quot;%1&quot; has unknown value &quot;%2&quot; (use one of: %3)</source>
        <translation>Auftragsschlüssel „%1“ hat den unbekannten Wert „%2“ (verwenden Sie einen von: %3)</translation>
    </message>
    <message>
        <source>unknown job key &quot;%1&quot; (known keys: %2)</source>
        <translation>unbekannter Auftragsschlüssel „%1“ (bekannte Schlüssel: %2)</translation>
    </message>
    <message>
        <source>job has both &quot;content&quot; and &quot;contentFile&quot;: keep one of them</source>
        <translation>der Auftrag enthält sowohl „content“ als auch „contentFile“: Behalten Sie nur einen davon</translation>
    </message>
    <message>
        <source>job file</source>
        <translation>Auftragsdatei</translation>
    </message>
    <message>
        <source>job file %1: %2</source>
        <translation>Auftragsdatei %1: %2</translation>
    </message>
    <message>
        <source>job file %1 is not valid JSON: %2 at offset %3</source>
        <translation>Auftragsdatei %1 ist kein gültiges JSON: %2 an Position %3</translation>
    </message>
    <message>
        <source>job file %1 must hold a JSON object {...}</source>
        <translation>Auftragsdatei %1 muss ein JSON-Objekt {...} enthalten</translation>
    </message>
    <message>
        <source>the JSON is nested deeper than %1 levels at byte offset %2: a job is one flat object of settings</source>
        <translation>das JSON ist an Byte-Position %2 tiefer als %1 Ebenen verschachtelt: ein Auftrag ist ein flaches Objekt von Einstellungen</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is given twice in one object (at byte offsets %2 and %3): keep one of them</source>
        <translation>Schlüssel „%1“ kommt in einem Objekt zweimal vor (an Byte-Position %2 und %3): Behalten Sie nur einen</translation>
    </message>
    <message>
        <source>the byte 0x%1 at byte offset %2%3 is not valid UTF-8: save the job file as UTF-8</source>
        <translation>das Byte 0x%1 an Byte-Position %2%3 ist kein gültiges UTF-8: Speichern Sie die Auftragsdatei als UTF-8</translation>
    </message>
    <message>
        <source> (in &quot;%1&quot;)</source>
        <translation> (in „%1“)</translation>
    </message>
    <message>
        <source>the escape %1 at byte offset %2%3 is half of a surrogate pair, which is not a character (write the whole pair, or the character itself)</source>
        <translation>die Escape-Sequenz %1 an Byte-Position %2%3 ist die Hälfte eines Surrogatpaars und damit kein Zeichen (schreiben Sie das ganze Paar oder das Zeichen selbst)</translation>
    </message>
    <message>
        <source>the number %1 at byte offset %2 is out of range for any setting (too large or too long): write a whole number of at most 19 digits</source>
        <translation>die Zahl %1 an Byte-Position %2 liegt außerhalb des Bereichs jeder Einstellung (zu groß oder zu lang): Schreiben Sie eine ganze Zahl mit höchstens 19 Ziffern</translation>
    </message>
    <message>
        <source>%1 at byte offset %2 is not a JSON number: write a whole number</source>
        <translation>%1 an Byte-Position %2 ist keine JSON-Zahl: Schreiben Sie eine ganze Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number (64-bit)</source>
        <translation>eine ganze Zahl (64 Bit)</translation>
    </message>
    <message>
        <source>a whole number from 0 to 9007199254740991</source>
        <translation>eine ganze Zahl von 0 bis 9007199254740991</translation>
    </message>
    <message>
        <source>a whole number of reasonable size</source>
        <translation>eine ganze Zahl vernünftiger Größe</translation>
    </message>
    <message>
        <source>a list of folder paths</source>
        <translation>eine Liste von Ordnerpfaden</translation>
    </message>
    <message>
        <source>a list of folder paths (strings)</source>
        <translation>eine Liste von Ordnerpfaden (Zeichenketten)</translation>
    </message>
    <message>
        <source>an object {&quot;file&quot;: ...}</source>
        <translation>ein Objekt {&quot;file&quot;: ...}</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;rows&quot; (known keys: %2)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; in &quot;rows&quot; (bekannte Schlüssel: %2)</translation>
    </message>
    <message>
        <source>job key &quot;rows&quot; needs &quot;file&quot;: the CSV file to read</source>
        <translation>Auftragsschlüssel &quot;rows&quot; braucht &quot;file&quot;: die zu lesende CSV-Datei</translation>
    </message>
    <message>
        <source>job key &quot;%1&quot;: %2</source>
        <translation>Auftragsschlüssel &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>job has more than one of &quot;random&quot;, &quot;copyFrom&quot; and &quot;sparse&quot;: keep one of them</source>
        <translation>der Auftrag enthält mehr als einen von &quot;random&quot;, &quot;copyFrom&quot; und &quot;sparse&quot;: Behalten Sie nur einen davon</translation>
    </message>
    <message>
        <source>job has &quot;content&quot; or &quot;contentFile&quot; with &quot;random&quot;, &quot;copyFrom&quot; or &quot;sparse&quot;, which write no template: keep one of them</source>
        <translation>der Auftrag enthält &quot;content&quot; oder &quot;contentFile&quot; zusammen mit &quot;random&quot;, &quot;copyFrom&quot; oder &quot;sparse&quot;, die keine Vorlage schreiben: Behalten Sie nur einen davon</translation>
    </message>
    <message>
        <source>job key &quot;size&quot; repeats the content template: it cannot go with &quot;random&quot;, &quot;copyFrom&quot; or &quot;sparse&quot; (they take their own size)</source>
        <translation>Auftragsschlüssel &quot;size&quot; wiederholt die Inhaltsvorlage: Er lässt sich nicht mit &quot;random&quot;, &quot;copyFrom&quot; oder &quot;sparse&quot; kombinieren (diese haben ihre eigene Größe)</translation>
    </message>
    <message>
        <source>an ISO 8601 date and time (a string)</source>
        <translation>ein Datum mit Uhrzeit nach ISO 8601 (eine Zeichenkette)</translation>
    </message>
</context>
<context>
    <name>Quire::Journal</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is %2, larger than any journal file can be.</source>
        <translation>%1 ist %2 groß, größer als jede Journaldatei sein kann.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3).</source>
        <translation>%1 ist kein gültiges JSON (%2 an Position %3).</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>job.json is not a valid job: %1.</source>
        <translation>job.json ist kein gültiger Auftrag: %1.</translation>
    </message>
    <message>
        <source>run.json is damaged: %1.</source>
        <translation>run.json ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>status file is missing.</source>
        <translation>Statusdatei fehlt.</translation>
    </message>
    <message>
        <source>status file cannot be opened: %1.</source>
        <translation>Statusdatei kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>status file cannot be read: %1.</source>
        <translation>Statusdatei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>status file is for %1 files, run.json says %2.</source>
        <translation>Statusdatei ist für %1 Dateien, run.json nennt %2.</translation>
    </message>
    <message>
        <source>status file has %1 bytes, expected %2 for %3 files.</source>
        <translation>Statusdatei hat %1 Byte, erwartet %2 für %3 Dateien.</translation>
    </message>
    <message>
        <source>status file is damaged: one of its status bytes holds no valid status.</source>
        <translation>Statusdatei ist beschädigt: eines ihrer Statusbytes enthält keinen gültigen Status.</translation>
    </message>
    <message>
        <source>status file is damaged: %1 of its status bytes hold no valid status.</source>
        <translation>Statusdatei ist beschädigt: %1 ihrer Statusbytes enthalten keinen gültigen Status.</translation>
    </message>
    <message>
        <source>it ended early</source>
        <translation>sie endete vorzeitig</translation>
    </message>
    <message>
        <source>%1 line %2 %3.</source>
        <translation>%1 Zeile %2 %3.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Cannot reserve %1 bytes for %2: %3</source>
        <translation>%1 Byte für %2 können nicht reserviert werden: %3</translation>
    </message>
    <message>
        <source>Cannot map %1: %2</source>
        <translation>%1 kann nicht in den Speicher abgebildet werden: %2</translation>
    </message>
    <message>
        <source>status file has %1 bytes, too few for its %2-byte header.</source>
        <translation>Statusdatei hat %1 Byte, zu wenig für ihren %2-Byte-Kopf.</translation>
    </message>
    <message>
        <source>status file does not start with &quot;QUIRELOG&quot;: it is not a Quire status file, or it was overwritten.</source>
        <translation>Statusdatei beginnt nicht mit „QUIRELOG“: Sie ist keine Quire-Statusdatei oder wurde überschrieben.</translation>
    </message>
    <message>
        <source>status file has format version %1; this Quire reads version %2.</source>
        <translation>Statusdatei hat die Formatversion %1; dieses Quire liest Version %2.</translation>
    </message>
    <message>
        <source>status file&apos;s header says it is %1 bytes long, expected %2.</source>
        <translation>Laut Kopf der Statusdatei ist sie %1 Byte lang, erwartet %2.</translation>
    </message>
    <message>
        <source>status file&apos;s header gives an impossible file count (%1).</source>
        <translation>Der Kopf der Statusdatei nennt eine unmögliche Dateianzahl (%1).</translation>
    </message>
    <message>
        <source>Cannot clear %1: %2</source>
        <translation>%1 kann nicht geleert werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot append to %1: %2</source>
        <translation>An %1 kann nicht angehängt werden: %2</translation>
    </message>
    <message>
        <source>does not end with a newline (the file was cut short)</source>
        <translation>endet nicht mit einem Zeilenumbruch (die Datei wurde abgeschnitten)</translation>
    </message>
    <message>
        <source>has no tab after the position</source>
        <translation>hat keinen Tabulator nach der Position</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; where the position belongs</source>
        <translation>hat „%1“, wo die Position stehen sollte</translation>
    </message>
    <message>
        <source>names position %1, outside the run&apos;s %2 files</source>
        <translation>nennt Position %1, außerhalb der %2 Dateien des Laufs</translation>
    </message>
    <message>
        <source>has an unescaped tab or carriage return</source>
        <translation>enthält einen nicht maskierten Tabulator oder Wagenrücklauf</translation>
    </message>
    <message>
        <source>has an unknown escape after a backslash</source>
        <translation>enthält eine unbekannte Escape-Sequenz nach einem Backslash</translation>
    </message>
    <message>
        <source>this Quire process (pid %1)</source>
        <translation>diesen Quire-Prozess (PID %1)</translation>
    </message>
    <message>
        <source>another Quire process (pid %1)</source>
        <translation>einen anderen Quire-Prozess (PID %1)</translation>
    </message>
    <message>
        <source>another Quire process (pid unknown)</source>
        <translation>einen anderen Quire-Prozess (PID unbekannt)</translation>
    </message>
    <message>
        <source>Run %1 is in use by %2: its journal %3 is locked. Try again when that run has ended.</source>
        <translation>Lauf %1 wird von %2 verwendet: Sein Journal %3 ist gesperrt. Versuchen Sie es erneut, wenn dieser Lauf beendet ist.</translation>
    </message>
    <message>
        <source>status file cannot be locked: %1.</source>
        <translation>Statusdatei kann nicht gesperrt werden: %1.</translation>
    </message>
    <message>
        <source>status file cannot be mapped: %1.</source>
        <translation>Statusdatei kann nicht in den Speicher abgebildet werden: %1.</translation>
    </message>
    <message>
        <source>job.json cannot be planned again: %1</source>
        <translation>job.json kann nicht erneut geplant werden: %1</translation>
    </message>
    <message>
        <source>job.json describes %1 files, run.json %2.</source>
        <translation>job.json beschreibt %1 Dateien, run.json %2.</translation>
    </message>
    <message>
        <source>No run is recorded in %1 yet.</source>
        <translation>In %1 ist noch kein Lauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>No run &quot;%1&quot; is recorded in %2.</source>
        <translation>In %2 ist kein Lauf „%1“ aufgezeichnet.</translation>
    </message>
    <message>
        <source>Run id &quot;%1&quot; is ambiguous: it matches %2 runs (%3).</source>
        <translation>Lauf-ID „%1“ ist mehrdeutig: Sie passt zu %2 Läufen (%3).</translation>
    </message>
    <message>
        <source>Cannot create a journal for a plan with errors: %1</source>
        <translation>Für einen Plan mit Fehlern kann kein Journal erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the journal of run %1: %2</source>
        <translation>Das Journal von Lauf %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Run %1 cannot be read from %2: %3</source>
        <translation>Lauf %1 kann nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot remove the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Run %1 was opened for reading: its journal %2 is not changed.</source>
        <translation>Lauf %1 wurde zum Lesen geöffnet: Sein Journal %2 wird nicht geändert.</translation>
    </message>
    <message>
        <source>cannot flush the run&apos;s journal %1 to disk: %2</source>
        <translation>das Journal %1 des Laufs kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Quire::MainWindow</name>
    <message>
        <source>Job form</source>
        <translation>Auftragsformular</translation>
    </message>
    <message>
        <source>Preview and results</source>
        <translation>Vorschau und Ergebnisse</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Results (%1 failed)</source>
        <translation>Ergebnisse (%1 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Reset every field to its default; the target folders stay</source>
        <translation>Jedes Feld auf seinen Standardwert zurücksetzen; die Zielordner bleiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Quire</source>
        <translation>&amp;Über Quire</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Targets cannot change during a run.</source>
        <translation>Die Ziele können während eines Laufs nicht geändert werden.</translation>
    </message>
    <message>
        <source>Not a folder, not added: %1. Only folders can be targets; drop a text file on the content editor to use it as the content.</source>
        <translation>Kein Ordner, nicht hinzugefügt: %1. Nur Ordner können Ziele sein; legen Sie eine Textdatei im Inhaltseditor ab, um sie als Inhalt zu verwenden.</translation>
    </message>
    <message>
        <source>Restored the defaults.</source>
        <translation>Standardwerte wiederhergestellt.</translation>
    </message>
    <message>
        <source>Not a local folder, not added: %1</source>
        <translation>Kein lokaler Ordner, nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>The job cannot run: see the problems in the preview.</source>
        <translation>Der Auftrag kann nicht laufen: Siehe die Probleme in der Vorschau.</translation>
    </message>
    <message>
        <source>Running without a journal (no history, no undo): %1</source>
        <translation>Lauf ohne Journal (kein Verlauf, kein Rückgängigmachen): %1</translation>
    </message>
    <message>
        <source>A run is going on: wait until it finishes.</source>
        <translation>Ein Lauf ist im Gange: Warten Sie, bis er beendet ist.</translation>
    </message>
    <message>
        <source>Run %1 cannot be started.</source>
        <translation>Lauf %1 kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Quit Quire</source>
        <translation>Quire beenden</translation>
    </message>
    <message>
        <source>Files are still being created. Cancel the run and quit?</source>
        <translation>Es werden noch Dateien erstellt. Den Lauf abbrechen und beenden?</translation>
    </message>
    <message>
        <source>Cancel run and quit</source>
        <translation>Lauf abbrechen und beenden</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Cancelling, then closing…</source>
        <translation>Wird abgebrochen, dann geschlossen…</translation>
    </message>
    <message>
        <source>About Quire</source>
        <translation>Über Quire</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quire %1&lt;/h3&gt;&lt;p&gt;Create files in bulk, in parallel, from a name and a content template.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence: use, copy, change and share it; it comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;Homepage&lt;/a&gt; · &lt;a href=&quot;%2/issues&quot;&gt;Report a bug&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3; running on Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quire %1&lt;/h3&gt;&lt;p&gt;Erstellt Dateien in großer Zahl, parallel, aus einer Namens- und einer Inhaltsvorlage.&lt;/p&gt;&lt;p&gt;Freie Software unter der MIT-Lizenz: Sie dürfen sie benutzen, kopieren, ändern und weitergeben; sie kommt ohne jede Gewährleistung.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;Homepage&lt;/a&gt; · &lt;a href=&quot;%2/issues&quot;&gt;Fehler melden&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3; läuft mit Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy as &amp;command line</source>
        <translation>Als &amp;Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>Copy the quire-cli command that runs this job, quoted for a shell</source>
        <translation>Den quire-cli-Befehl, der diesen Auftrag ausführt, für eine Shell maskiert kopieren</translation>
    </message>
    <message>
        <source>Copied the quire-cli command line of this job</source>
        <translation>Die quire-cli-Befehlszeile dieses Auftrags wurde kopiert</translation>
    </message>
    <message>
        <source>&amp;Template reference</source>
        <translation>&amp;Vorlagen-Referenz</translation>
    </message>
    <message>
        <source>Drop folders anywhere to add them as targets, or a CSV file for one file per row</source>
        <translation>Ordner irgendwo ablegen, um sie als Ziele hinzuzufügen, oder eine CSV-Datei für eine Datei je Zeile</translation>
    </message>
</context>
<context>
    <name>Quire::NumberFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A size: number and decimal SI unit (&quot;2.5 MB&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 files/s</source>
        <translation>%1 Dateien/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Quire::OutputCheck</name>
    <message>
        <source>no output device</source>
        <translation>kein Ausgabegerät</translation>
    </message>
    <message>
        <source>error: cannot write the output: %1</source>
        <translation>Fehler: Die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Quire::PlaceholderButton</name>
    <message>
        <source>For example file-{index:00}.txt. Placeholders: %1 (F1: the template reference)</source>
        <translation>Zum Beispiel file-{index:00}.txt. Platzhalter: %1 (F1: die Vorlagen-Referenz)</translation>
    </message>
    <message>
        <source>Text of every file. Placeholders: %1 (F1: the template reference)</source>
        <translation>Text jeder Datei. Platzhalter: %1 (F1: die Vorlagen-Referenz)</translation>
    </message>
    <message>
        <source>{ } Insert</source>
        <translation>{ } Einfügen</translation>
    </message>
    <message>
        <source>Insert a placeholder at the cursor</source>
        <translation>Einen Platzhalter an der Schreibmarke einfügen</translation>
    </message>
    <message>
        <source>Insert a placeholder into the name template</source>
        <translation>Einen Platzhalter in die Namensvorlage einfügen</translation>
    </message>
    <message>
        <source>Insert a placeholder into the content template</source>
        <translation>Einen Platzhalter in die Inhaltsvorlage einfügen</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>der Index</translation>
    </message>
    <message>
        <source>the index, zero-padded to 3 digits</source>
        <translation>der Index, mit Nullen auf 3 Stellen aufgefüllt</translation>
    </message>
    <message>
        <source>the index in hexadecimal</source>
        <translation>der Index hexadezimal</translation>
    </message>
    <message>
        <source>the file&apos;s position in its folder, from 1</source>
        <translation>die Position der Datei in ihrem Ordner, ab 1</translation>
    </message>
    <message>
        <source>the number of files per folder</source>
        <translation>die Anzahl der Dateien je Ordner</translation>
    </message>
    <message>
        <source>the run&apos;s start date</source>
        <translation>das Startdatum des Laufs</translation>
    </message>
    <message>
        <source>the run&apos;s start time</source>
        <translation>die Startzeit des Laufs</translation>
    </message>
    <message>
        <source>a random UUID per file</source>
        <translation>eine zufällige UUID je Datei</translation>
    </message>
    <message>
        <source>8 random letters and digits</source>
        <translation>8 zufällige Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>the target folder&apos;s name</source>
        <translation>der Name des Zielordners</translation>
    </message>
    <message>
        <source>the file&apos;s own name</source>
        <translation>der eigene Name der Datei</translation>
    </message>
    <message>
        <source>a line ending (the one chosen below)</source>
        <translation>ein Zeilenende (das unten gewählte)</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <source>a literal {</source>
        <translation>ein wörtliches {</translation>
    </message>
    <message>
        <source>a literal }</source>
        <translation>ein wörtliches }</translation>
    </message>
    <message>
        <source>the row&apos;s &quot;%1&quot; column</source>
        <translation>die Spalte „%1“ der Zeile</translation>
    </message>
</context>
<context>
    <name>Quire::PlanListModel</name>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>fails: a file is in the way</source>
        <translation>scheitert: eine Datei ist im Weg</translation>
    </message>
    <message>
        <source>skipped: exists</source>
        <translation>übersprungen: existiert</translation>
    </message>
    <message>
        <source>gets a new name: exists</source>
        <translation>erhält einen neuen Namen: existiert</translation>
    </message>
    <message>
        <source>fails: a folder is in the way</source>
        <translation>scheitert: ein Ordner ist im Weg</translation>
    </message>
    <message>
        <source>replaces a file</source>
        <translation>ersetzt eine Datei</translation>
    </message>
    <message>
        <source>fails: exists</source>
        <translation>scheitert: existiert</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Quire::PlanPrinter</name>
    <message numerus="yes">
        <source>Plan: %1 file(s) in %2, %3</source>
        <translation>
            <numerusform>Plan: %1 Datei in %2, %3</numerusform>
            <numerusform>Plan: %1 Dateien in %2, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordnern</numerusform>
        </translation>
    </message>
    <message>
        <source>folder %1 (will be created)</source>
        <translation>Ordner %1 (wird erstellt)</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>first: %1</source>
        <translation>erste:  %1</translation>
    </message>
    <message>
        <source>last:  %1</source>
        <translation>letzte: %1</translation>
    </message>
    <message>
        <source>%1 with BOM</source>
        <translation>%1 mit BOM</translation>
    </message>
    <message numerus="yes">
        <source>encoding %1, line ending %2, if a file exists: %3, %n parallel write(s)</source>
        <translation>
            <numerusform>Kodierung %1, Zeilenende %2, wenn eine Datei existiert: %3, %n paralleler Schreibvorgang</numerusform>
            <numerusform>Kodierung %1, Zeilenende %2, wenn eine Datei existiert: %3, %n parallele Schreibvorgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, durable</source>
        <translation>%1, dauerhaft</translation>
    </message>
    <message numerus="yes">
        <source>%1 planned name(s) already taken</source>
        <translation>
            <numerusform>%1 geplanter Name bereits belegt</numerusform>
            <numerusform>%1 geplante Namen bereits belegt</numerusform>
        </translation>
    </message>
    <message>
        <source>content: the template, %1 bytes in all</source>
        <translation>Inhalt: die Vorlage, insgesamt %1 Byte</translation>
    </message>
    <message>
        <source>content: the template repeated to %1 bytes per file</source>
        <translation>Inhalt: die Vorlage, wiederholt auf %1 Byte pro Datei</translation>
    </message>
    <message>
        <source>content: %1 random bytes per file (seed %2)</source>
        <translation>Inhalt: %1 zufällige Byte pro Datei (Seed %2)</translation>
    </message>
    <message>
        <source>content: a copy of %1, %2 bytes per file</source>
        <translation>Inhalt: eine Kopie von %1, %2 Byte pro Datei</translation>
    </message>
    <message>
        <source>content: sparse, %1 bytes per file with no data written</source>
        <translation>Inhalt: dünn besetzt (sparse), %1 Byte pro Datei, ohne dass Daten geschrieben werden</translation>
    </message>
    <message>
        <source>%1, %2 bytes in all</source>
        <translation>%1, insgesamt %2 Byte</translation>
    </message>
    <message>
        <source>%1, verified after writing</source>
        <translation>%1, nach dem Schreiben geprüft</translation>
    </message>
    <message>
        <source>folders to create: %1</source>
        <translation>zu erstellende Ordner: %1</translation>
    </message>
</context>
<context>
    <name>Quire::Planner</name>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist: %3 (fix or remove the link, or choose another folder)</source>
        <translation>%1 ist eine symbolische Verknüpfung auf %2, das nicht existiert: %3 (reparieren oder entfernen Sie die Verknüpfung, oder wählen Sie einen anderen Ordner)</translation>
    </message>
    <message>
        <source>cannot create folder %1: the name &quot;%2…&quot; is longer than %3 bytes: %4</source>
        <translation>Ordner %1 kann nicht erstellt werden: Der Name „%2…“ ist länger als %3 Byte: %4</translation>
    </message>
    <message>
        <source>cannot create folder %1: %2</source>
        <translation>Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot create folder %1: %2: %3</source>
        <translation>Ordner %1 kann nicht erstellt werden: %2: %3</translation>
    </message>
    <message>
        <source>cannot create folder %1: %2 is a file, not a folder</source>
        <translation>Ordner %1 kann nicht erstellt werden: %2 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>folder path %1… is %2 bytes long; the system allows %3: %4 (choose a shorter path)</source>
        <translation>Ordnerpfad %1… ist %2 Byte lang; das System erlaubt %3: %4 (wählen Sie einen kürzeren Pfad)</translation>
    </message>
    <message>
        <source>cannot use folder %1: %2 (choose another folder)</source>
        <translation>Ordner %1 kann nicht verwendet werden: %2 (wählen Sie einen anderen Ordner)</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose a folder</source>
        <translation>%1 ist eine Datei, kein Ordner: Wählen Sie einen Ordner</translation>
    </message>
    <message>
        <source>folder %1 is not writable</source>
        <translation>Ordner %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source> (choose another folder or change its permissions)</source>
        <translation> (wählen Sie einen anderen Ordner oder ändern Sie seine Berechtigungen)</translation>
    </message>
    <message>
        <source>a NUL character at position %1</source>
        <translation>ein NUL-Zeichen an Position %1</translation>
    </message>
    <message>
        <source>a lone surrogate U+%1 at position %2 (half of a character, not a character)</source>
        <translation>ein einzelnes Surrogat U+%1 an Position %2 (ein halbes Zeichen, kein Zeichen)</translation>
    </message>
    <message>
        <source>%1: character &apos;%2&apos; (U+%3) at position %4 cannot be represented in %5</source>
        <translation>%1: Das Zeichen „%2“ (U+%3) an Position %4 ist in %5 nicht darstellbar</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>contains &apos;/&apos;</source>
        <translation>enthält „/“</translation>
    </message>
    <message>
        <source>contains a line break</source>
        <translation>enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>%1 gives &quot;%2&quot; for folder %3, which %4: a placeholder must give one plain name (%5)</source>
        <translation>%1 ergibt „%2“ für Ordner %3, und das %4: Ein Platzhalter muss einen einfachen Namen ergeben (%5)</translation>
    </message>
    <message>
        <source>rename the folder or remove {folder}</source>
        <translation>benennen Sie den Ordner um oder entfernen Sie {folder}</translation>
    </message>
    <message>
        <source>use e.g. - or . instead</source>
        <translation>verwenden Sie stattdessen z. B. - oder .</translation>
    </message>
    <message>
        <source>the name template gives an empty file name: write a name such as file-{index}.txt</source>
        <translation>die Namensvorlage ergibt einen leeren Dateinamen: Schreiben Sie einen Namen wie datei-{index}.txt</translation>
    </message>
    <message>
        <source>file name &quot;%1&quot; would escape the target folder: names cannot contain .. or /</source>
        <translation>Dateiname „%1“ würde den Zielordner verlassen: Namen dürfen weder .. noch / enthalten</translation>
    </message>
    <message>
        <source>names use {random} without {index}: two files may draw the same name; add {index} to be sure</source>
        <translation>die Namen verwenden {random} ohne {index}: Zwei Dateien können denselben Namen erhalten; fügen Sie sicherheitshalber {index} hinzu</translation>
    </message>
    <message>
        <source>file names collide: index %1 and index %2 would both be named &quot;%3&quot; (add {index} or {n} to the name template)</source>
        <translation>Dateinamen kollidieren: Index %1 und Index %2 würden beide „%3“ heißen (fügen Sie {index} oder {n} zur Namensvorlage hinzu)</translation>
    </message>
    <message>
        <source>file names would be up to %1 bytes long (&quot;%2&quot;); the file system allows 255: shorten the name template</source>
        <translation>Dateinamen wären bis zu %1 Byte lang („%2“); das Dateisystem erlaubt 255: Kürzen Sie die Namensvorlage</translation>
    </message>
    <message>
        <source>names like &quot;%1&quot; may draw a reserved device name on Windows (CON, NUL, COM1...): fine here, but such files cannot be opened on Windows</source>
        <translation>Namen wie „%1“ können einen unter Windows reservierten Gerätenamen ergeben (CON, NUL, COM1...): hier kein Problem, aber solche Dateien lassen sich unter Windows nicht öffnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved device name on Windows (fine here, but such files cannot be opened on Windows)</source>
        <translation>„%1“ ist unter Windows ein reservierter Gerätename (hier kein Problem, aber solche Dateien lassen sich unter Windows nicht öffnen)</translation>
    </message>
    <message>
        <source>%1 names, the first &quot;%2&quot;, are reserved device names on Windows (fine here, but such files cannot be opened on Windows)</source>
        <translation>%1 Namen, der erste „%2“, sind unter Windows reservierte Gerätenamen (hier kein Problem, aber solche Dateien lassen sich unter Windows nicht öffnen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &apos;%2&apos;, which Windows does not allow in file names (fine here, a problem if the folder is shared with Windows)</source>
        <translation>„%1“ enthält „%2“, das Windows in Dateinamen nicht erlaubt (hier kein Problem, wohl aber, wenn der Ordner mit Windows geteilt wird)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with a space or a dot, which Windows strips</source>
        <translation>„%1“ endet mit einem Leerzeichen oder Punkt, den Windows entfernt</translation>
    </message>
    <message>
        <source>%1 character %2%3 cannot be represented in %4: choose another encoding (e.g. UTF-8) or remove it</source>
        <translation>%1 Das Zeichen %2%3 ist in %4 nicht darstellbar: Wählen Sie eine andere Kodierung (z. B. UTF-8) oder entfernen Sie es</translation>
    </message>
    <message>
        <source>content template:</source>
        <translation>Inhaltsvorlage:</translation>
    </message>
    <message>
        <source>file name used by {name}:</source>
        <translation>von {name} verwendeter Dateiname:</translation>
    </message>
    <message>
        <source>%1 of the files already exist in %2 (first: %3)</source>
        <translation>%1 der Dateien existieren bereits in %2 (erste: %3)</translation>
    </message>
    <message>
        <source>: nothing is overwritten; choose --if-exists skip, overwrite or rename, or another folder</source>
        <translation>: Es wird nichts überschrieben; wählen Sie --if-exists skip, overwrite oder rename, oder einen anderen Ordner</translation>
    </message>
    <message>
        <source>: they will be left alone (skipped)</source>
        <translation>: Sie bleiben unangetastet (übersprungen)</translation>
    </message>
    <message>
        <source>: they will be replaced</source>
        <translation>: Sie werden ersetzt</translation>
    </message>
    <message>
        <source>%1 of those names are taken by folders in %2, and a folder is never replaced: those files will fail (rename the folders, or choose skip or rename)</source>
        <translation>%1 dieser Namen sind in %2 durch Ordner belegt, und ein Ordner wird nie ersetzt: Diese Dateien werden fehlschlagen (benennen Sie die Ordner um, oder wählen Sie skip oder rename)</translation>
    </message>
    <message>
        <source>: the new files get names like &quot;name (2).ext&quot;</source>
        <translation>: Die neuen Dateien erhalten Namen wie „name (2).ext“</translation>
    </message>
    <message>
        <source>cannot list folder %1 to check for existing files: %2</source>
        <translation>Ordner %1 kann nicht nach vorhandenen Dateien durchsucht werden: %2</translation>
    </message>
    <message>
        <source>step is 0: use a positive step to count up or a negative one to count down</source>
        <translation>Schrittweite ist 0: Verwenden Sie eine positive zum Aufwärts- oder eine negative zum Abwärtszählen</translation>
    </message>
    <message>
        <source>empty range: from %1 to %2 with step %3 gives no files (%4)</source>
        <translation>leerer Bereich: von %1 bis %2 mit Schrittweite %3 ergibt keine Dateien (%4)</translation>
    </message>
    <message>
        <source>use a negative step to count down</source>
        <translation>verwenden Sie eine negative Schrittweite zum Abwärtszählen</translation>
    </message>
    <message>
        <source>use a positive step to count up</source>
        <translation>verwenden Sie eine positive Schrittweite zum Aufwärtszählen</translation>
    </message>
    <message>
        <source>folders %1 and %2 are the same folder (through a symbolic link or a bind mount): the same names would be written twice; remove one</source>
        <translation>die Ordner %1 und %2 sind derselbe Ordner (über eine symbolische Verknüpfung oder einen Bind-Mount): Dieselben Namen würden zweimal geschrieben; entfernen Sie einen</translation>
    </message>
    <message>
        <source>%1 contains %2: %3</source>
        <translation>%1 enthält %2: %3</translation>
    </message>
    <message>
        <source>no target folder: add at least one folder (--folder DIR)</source>
        <translation>kein Zielordner: Fügen Sie mindestens einen Ordner hinzu (--folder DIR)</translation>
    </message>
    <message>
        <source>a target folder path is empty: remove it or name a folder</source>
        <translation>ein Zielordnerpfad ist leer: Entfernen Sie ihn oder nennen Sie einen Ordner</translation>
    </message>
    <message>
        <source>folder path &quot;%1&quot;</source>
        <translation>Ordnerpfad „%1“</translation>
    </message>
    <message>
        <source>remove it from the path</source>
        <translation>entfernen Sie es aus dem Pfad</translation>
    </message>
    <message>
        <source>folder %1 is listed twice: the same names would be written twice; remove one</source>
        <translation>Ordner %1 ist zweimal aufgeführt: Dieselben Namen würden zweimal geschrieben; entfernen Sie einen</translation>
    </message>
    <message>
        <source>the job has %1 files; the limit is %2 (narrow the range or use fewer folders)</source>
        <translation>der Auftrag hat %1 Dateien; die Grenze ist %2 (verkleinern Sie den Bereich oder verwenden Sie weniger Ordner)</translation>
    </message>
    <message>
        <source>encoding &quot;%1&quot; does not say its byte order: use %2LE (what Windows calls Unicode) or %2BE</source>
        <translation>Kodierung „%1“ legt die Bytereihenfolge nicht fest: Verwenden Sie %2LE (was Windows Unicode nennt) oder %2BE</translation>
    </message>
    <message>
        <source>encoding %1 switches state with escape sequences and is not supported: choose UTF-8, or e.g. Shift_JIS or EUC-JP</source>
        <translation>Kodierung %1 wechselt ihren Zustand mit Escape-Sequenzen und wird nicht unterstützt: Wählen Sie UTF-8 oder z. B. Shift_JIS oder EUC-JP</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (quire-cli --list-encodings shows every encoding available)</source>
        <translation>unbekannte Kodierung „%1“ (quire-cli --list-encodings zeigt alle verfügbaren Kodierungen)</translation>
    </message>
    <message>
        <source>encoding %1 cannot write plain ASCII text reliably; choose another encoding</source>
        <translation>Kodierung %1 kann einfachen ASCII-Text nicht zuverlässig schreiben; wählen Sie eine andere Kodierung</translation>
    </message>
    <message>
        <source>encoding %1 has no byte order mark: turn BOM off or choose a Unicode encoding (UTF-8, UTF-16, UTF-32)</source>
        <translation>Kodierung %1 hat keine Bytereihenfolge-Markierung: Schalten Sie BOM aus oder wählen Sie eine Unicode-Kodierung (UTF-8, UTF-16, UTF-32)</translation>
    </message>
    <message>
        <source>parallel writes must be between 1 and %1, or 0 for automatic (got %2)</source>
        <translation>parallele Schreibvorgänge müssen zwischen 1 und %1 liegen, oder 0 für automatisch (erhalten: %2)</translation>
    </message>
    <message>
        <source>content file</source>
        <translation>Inhaltsdatei</translation>
    </message>
    <message>
        <source>content file encoding &quot;%1&quot; is unknown</source>
        <translation>Kodierung „%1“ der Inhaltsdatei ist unbekannt</translation>
    </message>
    <message>
        <source>content file %1 is not valid %2: bad byte sequence at byte offset %3 (state its encoding with --content-encoding)</source>
        <translation>Inhaltsdatei %1 ist kein gültiges %2: ungültige Bytefolge an Byte-Position %3 (geben Sie ihre Kodierung mit --content-encoding an)</translation>
    </message>
    <message>
        <source>the name template</source>
        <translation>die Namensvorlage</translation>
    </message>
    <message>
        <source>remove it from the name template</source>
        <translation>entfernen Sie es aus der Namensvorlage</translation>
    </message>
    <message>
        <source>the content template</source>
        <translation>die Inhaltsvorlage</translation>
    </message>
    <message>
        <source>content file %1</source>
        <translation>Inhaltsdatei %1</translation>
    </message>
    <message>
        <source>content is text; remove it from the template</source>
        <translation>der Inhalt ist Text; entfernen Sie es aus der Vorlage</translation>
    </message>
    <message>
        <source>name template</source>
        <translation>Namensvorlage</translation>
    </message>
    <message>
        <source>content template</source>
        <translation>Inhaltsvorlage</translation>
    </message>
    <message>
        <source>content file path &quot;%1&quot;</source>
        <translation>Inhaltsdateipfad „%1“</translation>
    </message>
    <message>
        <source>planning was cancelled</source>
        <translation>die Planung wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>contains %1</source>
        <translation>enthält %1</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>the file to copy from has a NUL character in its path</source>
        <translation>der Pfad der zu kopierenden Datei enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>cannot read the file to copy from, %1: %2</source>
        <translation>die zu kopierende Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file to copy from, %1, is not a regular file: name a file</source>
        <translation>die zu kopierende Datei %1 ist keine reguläre Datei: Nennen Sie eine Datei</translation>
    </message>
    <message>
        <source>choose one content mode: --size, --random-bytes, --copy-from and --sparse exclude each other</source>
        <translation>wählen Sie einen Inhaltsmodus: --size, --random-bytes, --copy-from und --sparse schließen einander aus</translation>
    </message>
    <message>
        <source>--content-file gives a template, which --random-bytes, --copy-from and --sparse do not write: keep one of them</source>
        <translation>--content-file gibt eine Vorlage an, die --random-bytes, --copy-from und --sparse nicht schreiben: Behalten Sie nur eines davon</translation>
    </message>
    <message>
        <source>a content size is negative (%1): give 0 or more bytes</source>
        <translation>eine Inhaltsgröße ist negativ (%1): Geben Sie 0 oder mehr Byte an</translation>
    </message>
    <message>
        <source>the files would hold more than 8 EiB together: choose a smaller size or fewer files</source>
        <translation>die Dateien würden zusammen mehr als 8 EiB enthalten: Wählen Sie eine kleinere Größe oder weniger Dateien</translation>
    </message>
    <message>
        <source>the content template renders no text, so there is nothing to repeat up to --size %1: give a content template</source>
        <translation>die Inhaltsvorlage ergibt keinen Text, es gibt also nichts, was bis --size %1 wiederholt werden könnte: Geben Sie eine Inhaltsvorlage an</translation>
    </message>
    <message>
        <source>{%1} %2 for the file with index %3 (n = %4): change the expression or the range</source>
        <translation>{%1} %2 bei der Datei mit Index %3 (n = %4): Ändern Sie den Ausdruck oder den Bereich</translation>
    </message>
    <message>
        <source>the name template &quot;%1&quot; starts with &apos;/&apos;: names are relative to the target folder (remove the leading &apos;/&apos;, or choose the folder with --folder)</source>
        <translation>die Namensvorlage „%1“ beginnt mit „/“: Namen sind relativ zum Zielordner (entfernen Sie das führende „/“, oder wählen Sie den Ordner mit --folder)</translation>
    </message>
    <message>
        <source>ends with &apos;/&apos; (the last part must name the file)</source>
        <translation>endet mit „/“ (der letzte Bestandteil muss die Datei benennen)</translation>
    </message>
    <message>
        <source>has an empty folder name between two &apos;/&apos; (write one &apos;/&apos;)</source>
        <translation>enthält einen leeren Ordnernamen zwischen zwei „/“ (schreiben Sie ein „/“)</translation>
    </message>
    <message>
        <source>has a &quot;%1&quot; part (names cannot leave or repeat a folder)</source>
        <translation>enthält einen Bestandteil „%1“ (Namen können einen Ordner weder verlassen noch wiederholen)</translation>
    </message>
    <message>
        <source>the name template &quot;%1&quot; %2</source>
        <translation>die Namensvorlage „%1“ %2</translation>
    </message>
    <message>
        <source>file names collide: index %1 and index %2 would both be named &quot;%3&quot; (add {index} or {n} to the file&apos;s own name)</source>
        <translation>Dateinamen kollidieren: Index %1 und Index %2 würden beide „%3“ heißen (fügen Sie {index} oder {n} zum eigenen Namen der Datei hinzu)</translation>
    </message>
    <message>
        <source>%1 names or folders, the first &quot;%2&quot;, are reserved device names on Windows (fine here, but they cannot be opened on Windows)</source>
        <translation>%1 Namen oder Ordner, der erste „%2“, sind unter Windows reservierte Gerätenamen (hier kein Problem, aber sie lassen sich unter Windows nicht öffnen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is a file or a symbolic link, not a folder: the %3 files planned below it cannot be written (move it away or change the name template)</source>
        <translation>„%1“ in %2 ist eine Datei oder eine symbolische Verknüpfung, kein Ordner: Die %3 darunter geplanten Dateien können nicht geschrieben werden (verschieben Sie sie an einen anderen Ort oder ändern Sie die Namensvorlage)</translation>
    </message>
    <message>
        <source>paths would be up to %1 bytes long (&quot;%2&quot;); Linux allows 4095: use fewer or shorter folder levels</source>
        <translation>Pfade wären bis zu %1 Byte lang („%2“); Linux erlaubt 4095: Verwenden Sie weniger oder kürzere Ordnerebenen</translation>
    </message>
    <message>
        <source>the job has %1 files, more than %2 per shard in %3 shards: use at least %4 shards (the limit is per run)</source>
        <translation>der Auftrag hat %1 Dateien, mehr als %2 pro Teil bei %3 Teilen: Verwenden Sie mindestens %4 Teile (die Grenze gilt pro Lauf)</translation>
    </message>
    <message>
        <source>the templates use {date} or {time}, and shards started at different times render different values: fix the start with --run-time, e.g. --run-time %1</source>
        <translation>die Vorlagen verwenden {date} oder {time}, und zu verschiedenen Zeiten gestartete Teile ergeben verschiedene Werte: Legen Sie den Start mit --run-time fest, z. B. --run-time %1</translation>
    </message>
    <message>
        <source>contains &apos;/&apos; (a value cannot make folders: only a &apos;/&apos; written in the name template can)</source>
        <translation>enthält „/“ (ein Wert kann keine Ordner erzeugen: Das kann nur ein in der Namensvorlage geschriebenes „/“)</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>contains a line break (names must be one line)</source>
        <translation>enthält einen Zeilenumbruch (Namen müssen einzeilig sein)</translation>
    </message>
    <message>
        <source>unknown delimiter &quot;%1&quot;: use , or ; or tab</source>
        <translation>unbekanntes Trennzeichen „%1“: Verwenden Sie , oder ; oder tab</translation>
    </message>
    <message>
        <source>the rows file cannot be standard input (-): save it to a file</source>
        <translation>die CSV-Datei kann nicht die Standardeingabe (-) sein: Speichern Sie sie in einer Datei</translation>
    </message>
    <message>
        <source>the rows file %1 changed since the run (its size or bytes differ), so the run&apos;s rows cannot be told apart any more: put the old file back, or start a new run</source>
        <translation>die CSV-Datei %1 hat sich seit dem Lauf geändert (ihre Größe oder ihre Bytes weichen ab), daher lassen sich die Zeilen des Laufs nicht mehr zuordnen: Stellen Sie die alte Datei wieder her, oder starten Sie einen neuen Lauf</translation>
    </message>
    <message>
        <source>the rows file has a column &quot;%1&quot;, but {%1} is the built-in placeholder; write {col:%1} for the column</source>
        <translation>die CSV-Datei hat eine Spalte „%1“, aber {%1} ist der eingebaute Platzhalter; schreiben Sie {col:%1} für die Spalte</translation>
    </message>
    <message>
        <source>and %1 more problems like these with the rows&apos; names</source>
        <translation>und %1 weitere solche Probleme mit den Namen aus den Zeilen</translation>
    </message>
    <message>
        <source>rows file line %1 gives an empty file name (fill in its values, or add {index} to the name template)</source>
        <translation>Zeile %1 der CSV-Datei ergibt einen leeren Dateinamen (füllen Sie ihre Werte aus, oder fügen Sie {index} zur Namensvorlage hinzu)</translation>
    </message>
    <message>
        <source>rows file line %1 gives the file name &quot;%2&quot;, which is no file name</source>
        <translation>Zeile %1 der CSV-Datei ergibt den Dateinamen „%2“, der kein Dateiname ist</translation>
    </message>
    <message>
        <source>rows file line %1 gives a file name of %2 bytes (&quot;%3&quot;); the file system allows 255: shorten the value or the name template</source>
        <translation>Zeile %1 der CSV-Datei ergibt einen Dateinamen von %2 Byte („%3“); das Dateisystem erlaubt 255: Kürzen Sie den Wert oder die Namensvorlage</translation>
    </message>
    <message>
        <source>rows file line %1: column {%2} gives &quot;%3&quot; for the file name, which %4</source>
        <translation>Zeile %1 der CSV-Datei: Spalte {%2} ergibt „%3“ für den Dateinamen, und das %4</translation>
    </message>
    <message>
        <source>rows file lines %1 and %2 both give the file name &quot;%3&quot; (add {index} to the name template, or make the values differ)</source>
        <translation>die Zeilen %1 und %2 der CSV-Datei ergeben beide den Dateinamen „%3“ (fügen Sie {index} zur Namensvorlage hinzu, oder machen Sie die Werte unterschiedlich)</translation>
    </message>
    <message>
        <source>%1 files already in %2 will be replaced</source>
        <translation>%1 bereits in %2 vorhandene Dateien werden ersetzt</translation>
    </message>
    <message>
        <source>choose one content mode: a size to fill, random bytes, a file to copy from and sparse files exclude each other</source>
        <translation>wählen Sie einen Inhaltsmodus: eine Größe zum Auffüllen, Zufallsbytes, eine zu kopierende Datei und Dateien mit Lücken schließen einander aus</translation>
    </message>
    <message>
        <source>a content file gives a template, which random bytes, a copy of a file and sparse files do not write: keep one of them</source>
        <translation>eine Inhaltsdatei gibt eine Vorlage an, die Zufallsbytes, die Kopie einer Datei und Dateien mit Lücken nicht schreiben: Behalten Sie nur eines davon</translation>
    </message>
    <message>
        <source>the content template renders no text, so there is nothing to repeat up to the size of %1 bytes: give a content template</source>
        <translation>die Inhaltsvorlage ergibt keinen Text, es gibt also nichts, was bis zur Größe von %1 Bytes wiederholt werden könnte: Geben Sie eine Inhaltsvorlage an</translation>
    </message>
    <message>
        <source>the name template &quot;%1&quot; starts with &apos;/&apos;: names are relative to the target folder (remove the leading &apos;/&apos;, or make that folder a target folder)</source>
        <translation>die Namensvorlage „%1“ beginnt mit „/“: Namen sind relativ zum Zielordner (entfernen Sie das führende „/“, oder machen Sie diesen Ordner zum Zielordner)</translation>
    </message>
    <message>
        <source>: nothing is overwritten; choose to skip, overwrite or rename existing files, or another folder</source>
        <translation>: Es wird nichts überschrieben; wählen Sie, ob vorhandene Dateien übersprungen, überschrieben oder umbenannt werden, oder einen anderen Ordner</translation>
    </message>
    <message>
        <source>the templates use {date} or {time}, and shards started at different times render different values: fix the run&apos;s start time, e.g. %1</source>
        <translation>die Vorlagen verwenden {date} oder {time}, und zu verschiedenen Zeiten gestartete Teile ergeben verschiedene Werte: Legen Sie die Startzeit des Laufs fest, z. B. %1</translation>
    </message>
    <message>
        <source>no target folder: add at least one folder</source>
        <translation>kein Zielordner: Fügen Sie mindestens einen Ordner hinzu</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>unbekannte Kodierung „%1“</translation>
    </message>
    <message>
        <source>content file %1 is not valid %2: bad byte sequence at byte offset %3</source>
        <translation>Inhaltsdatei %1 ist kein gültiges %2: ungültige Bytefolge an Byte-Position %3</translation>
    </message>
    <message>
        <source>rows file line %1: column {%2} gives &quot;%3&quot; for the content, whose character %4 cannot be represented in %5: choose another encoding (e.g. UTF-8) or change the value</source>
        <translation>Zeile %1 der Zeilendatei: Spalte {%2} ergibt &quot;%3&quot; für den Inhalt, dessen Zeichen %4 in %5 nicht darstellbar ist: wählen Sie eine andere Kodierung (z. B. UTF-8) oder ändern Sie den Wert</translation>
    </message>
</context>
<context>
    <name>Quire::PreferencesDialog</name>
    <message>
        <source>&amp;Keep a journal of runs (history and undo)</source>
        <translation>Ein &amp;Journal der Läufe führen (Verlauf und Rückgängigmachen)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Keep a journal of runs</source>
        <translation>Ein Journal der Läufe führen</translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation>Aufzubewahrende Läufe</translation>
    </message>
    <message>
        <source>The journal lets Quire undo, resume and retry runs, even after a crash. It is kept in the app&apos;s data folder, never in your folders.</source>
        <translation>Mit dem Journal kann Quire Läufe rückgängig machen, fortsetzen und wiederholen, auch nach einem Absturz. Es liegt im Datenordner der Anwendung, nie in Ihren Ordnern.</translation>
    </message>
    <message>
        <source>Runs to &amp;keep:</source>
        <translation>Aufzubewahrende &amp;Läufe:</translation>
    </message>
</context>
<context>
    <name>Quire::PreviewPanel</name>
    <message>
        <source>Preview summary</source>
        <translation>Zusammenfassung der Vorschau</translation>
    </message>
    <message>
        <source>First file name</source>
        <translation>Erster Dateiname</translation>
    </message>
    <message>
        <source>Last file name</source>
        <translation>Letzter Dateiname</translation>
    </message>
    <message>
        <source>Existing files that conflict</source>
        <translation>Vorhandene Dateien, die kollidieren</translation>
    </message>
    <message>
        <source>Path of the previewed file</source>
        <translation>Pfad der angezeigten Datei</translation>
    </message>
    <message>
        <source>Content of the chosen file</source>
        <translation>Inhalt der gewählten Datei</translation>
    </message>
    <message>
        <source>First bytes of the chosen file in hexadecimal</source>
        <translation>Erste Bytes der gewählten Datei in Hexadezimal</translation>
    </message>
    <message>
        <source>Problems found by the plan</source>
        <translation>Vom Plan gefundene Probleme</translation>
    </message>
    <message>
        <source>Number of the file to preview</source>
        <translation>Nummer der anzuzeigenden Datei</translation>
    </message>
    <message>
        <source>First file:</source>
        <translation>Erste Datei:</translation>
    </message>
    <message>
        <source>Last file:</source>
        <translation>Letzte Datei:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
    <message>
        <source>Pre&amp;view file no.:</source>
        <translation>&amp;Vorschau für Datei Nr.:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>Noch keine Vorschau.</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>1 folder</source>
        <translation>1 Ordner</translation>
    </message>
    <message>
        <source>%1 folders</source>
        <translation>%1 Ordnern</translation>
    </message>
    <message>
        <source>%1 in %2 · %3</source>
        <translation>%1 in %2 · %3</translation>
    </message>
    <message>
        <source> · cannot run: see the problems below</source>
        <translation> · kann nicht laufen: Siehe die Probleme unten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 existing: %2</source>
        <translation>%1 vorhanden: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>… and %1 more bytes</source>
        <translation>… und %1 weitere Byte</translation>
    </message>
    <message>
        <source> · %1 sub-folders to create (first: %2)</source>
        <translation> · %1 zu erstellende Unterordner (erster: %2)</translation>
    </message>
    <message>
        <source>State of the list</source>
        <translation>Stand der Liste</translation>
    </message>
    <message>
        <source>Every planned file</source>
        <translation>Alle geplanten Dateien</translation>
    </message>
    <message>
        <source>Every planned file:</source>
        <translation>Alle geplanten Dateien:</translation>
    </message>
    <message>
        <source>Files to list</source>
        <translation>Aufzulistende Dateien</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Conflicts only</source>
        <translation>Nur Konflikte</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>looking for the existing files…</source>
        <translation>vorhandene Dateien werden gesucht…</translation>
    </message>
    <message>
        <source>%1 existing</source>
        <translation>%1 vorhanden</translation>
    </message>
    <message>
        <source>The chosen file</source>
        <translation>Die gewählte Datei</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>First bytes in hex</source>
        <translation>Erste Bytes in Hex</translation>
    </message>
</context>
<context>
    <name>Quire::Progress</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 file(s) (%2) in %3 s (%4); skipped %5; failed %6</source>
        <translation>
            <numerusform>%1 Datei geschrieben (%2) in %3 s (%4); übersprungen %5; fehlgeschlagen %6</numerusform>
            <numerusform>%1 Dateien geschrieben (%2) in %3 s (%4); übersprungen %5; fehlgeschlagen %6</numerusform>
        </translation>
    </message>
    <message>
        <source>; not attempted %1</source>
        <translation>; nicht versucht %1</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source> (stopped at the first error)</source>
        <translation> (beim ersten Fehler angehalten)</translation>
    </message>
</context>
<context>
    <name>Quire::ProgressLine</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 files/s</source>
        <translation>%1 Dateien/s</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 verstrichen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>progress: %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
</context>
<context>
    <name>Quire::ProgressReporter</name>
    <message>
        <source>auto, bar, plain, json or none</source>
        <translation>auto, bar, plain, json oder none</translation>
    </message>
</context>
<context>
    <name>Quire::ProgressText</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Stopped at the first error</source>
        <translation>Beim ersten Fehler angehalten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Finished with errors</source>
        <translation>Mit Fehlern beendet</translation>
    </message>
    <message>
        <source>%1: %2 written, %3 skipped, %4 failed</source>
        <translation>%1: %2 geschrieben, %3 übersprungen, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1 not attempted</source>
        <translation>, %1 nicht versucht</translation>
    </message>
    <message>
        <source> in %1 (%2)</source>
        <translation> in %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Quire::Report</name>
    <message>
        <source>write error</source>
        <translation>Schreibfehler</translation>
    </message>
    <message>
        <source>cannot write report %1: %2</source>
        <translation>Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Quire::ResultsActions</name>
    <message numerus="yes">
        <source>Copied %1 error(s) to the clipboard.</source>
        <translation>
            <numerusform>%1 Fehler in die Zwischenablage kopiert.</numerusform>
            <numerusform>%1 Fehler in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV report (*.csv)</source>
        <translation>CSV-Bericht (*.csv)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Quire::ResultsModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>wird geschrieben</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>already exists, left alone</source>
        <translation>existiert bereits, unangetastet</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Quire::ResultsPanel</name>
    <message>
        <source>Show which files</source>
        <translation>Welche Dateien anzeigen</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Number of failed files</source>
        <translation>Anzahl fehlgeschlagener Dateien</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Results per file</source>
        <translation>Ergebnisse pro Datei</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Quire::ResumeBar</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Interrupted run</source>
        <translation>Unterbrochener Lauf</translation>
    </message>
    <message>
        <source>Resume the interrupted run</source>
        <translation>Den unterbrochenen Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Write what the run did not, so the folder ends as if it had never stopped</source>
        <translation>Schreiben, was der Lauf nicht geschrieben hat, sodass der Ordner aussieht, als wäre er nie angehalten worden</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>&amp;Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Show the history of runs</source>
        <translation>Den Verlauf der Läufe anzeigen</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Quire::ResumeCommand</name>
    <message>
        <source>Writes the files an interrupted, cancelled or stopped run did not write, with its own job, seed and start, so the folders end as an uninterrupted run would have left them. A file at the name of one in flight is rewritten only if it is the run&apos;s own incomplete file.
Exit codes: 0 every file written, 1 some failed (listed), 2 unknown run or nothing to resume.</source>
        <translation>Schreibt die Dateien, die ein unterbrochener, abgebrochener oder angehaltener Lauf nicht geschrieben hat, mit dessen eigenem Auftrag, Seed und Start, sodass die Ordner so enden, wie ein ununterbrochener Lauf sie hinterlassen hätte. Eine Datei unter dem Namen einer gerade geschriebenen Datei wird nur dann neu geschrieben, wenn sie die eigene unvollständige Datei des Laufs ist.
Exit-Codes: 0 jede Datei geschrieben, 1 einige fehlgeschlagen (aufgeführt), 2 unbekannter Lauf oder nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>No summary, and no progress unless --progress asks for it.</source>
        <translation>Keine Zusammenfassung und kein Fortschritt, außer --progress verlangt ihn.</translation>
    </message>
    <message>
        <source>%1 (see quire-cli history)</source>
        <translation>%1 (siehe quire-cli history)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %2 file(s) to write</source>
        <translation>
            <numerusform>Lauf %1 wird fortgesetzt: %2 Datei zu schreiben</numerusform>
            <numerusform>Lauf %1 wird fortgesetzt: %2 Dateien zu schreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of them incomplete: removed, written again)</source>
        <translation>%1 (davon %2 unvollständig: entfernt, neu geschrieben)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 file(s) found complete</source>
        <translation>
            <numerusform>%1, %2 Datei vollständig vorgefunden</numerusform>
            <numerusform>%1, %2 Dateien vollständig vorgefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quire::RetryCommand</name>
    <message>
        <source>Writes again only the files that failed in a run (same names, same bytes, same policy), after the cause was fixed. Only for a run that ran to the end: resume a cancelled, stopped or interrupted run first (quire-cli resume), then retry what failed.
Exit codes: 0 every file written, 1 some failed again (listed), 2 unknown run or no failed files.</source>
        <translation>Schreibt nur die Dateien erneut, die in einem Lauf fehlgeschlagen sind (gleiche Namen, gleiche Bytes, gleiche Regel), nachdem die Ursache behoben wurde. Nur für einen Lauf, der bis zum Ende gelaufen ist: Setzen Sie einen abgebrochenen, angehaltenen oder unterbrochenen Lauf zuerst fort (quire-cli resume) und wiederholen Sie dann, was fehlgeschlagen ist.
Exit-Codes: 0 jede Datei geschrieben, 1 einige erneut fehlgeschlagen (aufgeführt), 2 unbekannter Lauf oder keine fehlgeschlagenen Dateien.</translation>
    </message>
    <message>
        <source>No summary, and no progress unless --progress asks for it.</source>
        <translation>Keine Zusammenfassung und kein Fortschritt, außer --progress verlangt ihn.</translation>
    </message>
    <message>
        <source>%1 (see quire-cli show %2)</source>
        <translation>%1 (siehe quire-cli show %2)</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %1 failed file(s) of run %2</source>
        <translation>
            <numerusform>%1 fehlgeschlagene Datei von Lauf %2 wird erneut geschrieben</numerusform>
            <numerusform>%1 fehlgeschlagene Dateien von Lauf %2 werden erneut geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quire::RunActions</name>
    <message>
        <source>the run had not replaced it yet</source>
        <translation>der Lauf hatte sie noch nicht ersetzt</translation>
    </message>
    <message>
        <source>changed since the run</source>
        <translation>seit dem Lauf geändert</translation>
    </message>
    <message>
        <source>its backup is gone from the run&apos;s journal: the old file cannot be brought back</source>
        <translation>ihre Sicherung fehlt im Journal des Laufs: Die alte Datei kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>the old file could not be put back: %1</source>
        <translation>die alte Datei konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>the undo of run %1 was cancelled; undo it again to finish</source>
        <translation>das Rückgängigmachen von Lauf %1 wurde abgebrochen; machen Sie ihn erneut rückgängig, um es abzuschließen</translation>
    </message>
    <message>
        <source>the files were undone, but the journal of run %1 could not be saved: %2</source>
        <translation>die Dateien wurden rückgängig gemacht, aber das Journal von Lauf %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>run %1 wrote into %2, which no longer exists: restore that folder first (or start the job again as a new run)</source>
        <translation>Lauf %1 hat in %2 geschrieben, das nicht mehr existiert: Stellen Sie zuerst diesen Ordner wieder her (oder starten Sie den Auftrag als neuen Lauf)</translation>
    </message>
    <message>
        <source>run %1 is still running in another process: wait for it to end</source>
        <translation>Lauf %1 läuft noch in einem anderen Prozess: Warten Sie, bis er endet</translation>
    </message>
    <message>
        <source>run %1 was undone: nothing to resume (start the job again as a new run)</source>
        <translation>Lauf %1 wurde rückgängig gemacht: nichts fortzusetzen (starten Sie den Auftrag als neuen Lauf)</translation>
    </message>
    <message>
        <source>run %1 finished: nothing to resume</source>
        <translation>Lauf %1 ist beendet: nichts fortzusetzen</translation>
    </message>
    <message>
        <source>a different file is at this name; it was left alone</source>
        <translation>unter diesem Namen liegt eine andere Datei; sie blieb unangetastet</translation>
    </message>
    <message>
        <source>run %1 was undone: nothing to retry (start the job again as a new run)</source>
        <translation>Lauf %1 wurde rückgängig gemacht: nichts zu wiederholen (starten Sie den Auftrag als neuen Lauf)</translation>
    </message>
    <message>
        <source>run %1 has no failed files: nothing to retry</source>
        <translation>Lauf %1 hat keine fehlgeschlagenen Dateien: nichts zu wiederholen</translation>
    </message>
    <message>
        <source>its content cannot be rendered again in %1</source>
        <translation>ihr Inhalt kann nicht erneut in %1 erzeugt werden</translation>
    </message>
    <message>
        <source>a folder is at this name now</source>
        <translation>unter diesem Namen liegt jetzt ein Ordner</translation>
    </message>
    <message>
        <source>not a regular file any more</source>
        <translation>keine reguläre Datei mehr</translation>
    </message>
    <message>
        <source>a symbolic link is at this name now</source>
        <translation>unter diesem Namen liegt jetzt eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>changed since the run: %1 bytes instead of %2</source>
        <translation>seit dem Lauf geändert: %1 Byte statt %2</translation>
    </message>
    <message>
        <source>changed while it was read</source>
        <translation>während des Lesens geändert</translation>
    </message>
    <message>
        <source>changed since the run: same size, different bytes</source>
        <translation>seit dem Lauf geändert: gleiche Größe, andere Bytes</translation>
    </message>
    <message>
        <source>replaced by another file during the undo</source>
        <translation>während des Rückgängigmachens durch eine andere Datei ersetzt</translation>
    </message>
    <message>
        <source>replaced by a run that kept no backups: the old file cannot be brought back</source>
        <translation>von einem Lauf ohne Sicherungskopien ersetzt: die alte Datei kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>run %1 finished: nothing to resume (%2 failed: retry the run instead)</source>
        <translation>Lauf %1 ist beendet: nichts fortzusetzen (%2 fehlgeschlagen: den Lauf stattdessen wiederholen)</translation>
    </message>
    <message>
        <source>run %1 did not run to the end (%2): resume it first, then retry its failed files</source>
        <translation>Lauf %1 lief nicht bis zum Ende (%2): zuerst fortsetzen, dann seine fehlgeschlagenen Dateien wiederholen</translation>
    </message>
</context>
<context>
    <name>Quire::RunPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start creating the files</source>
        <translation>Mit dem Erstellen der Dateien beginnen</translation>
    </message>
    <message>
        <source>Start (Ctrl+Return)</source>
        <translation>Starten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation>Den Lauf anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Summary of the run</source>
        <translation>Zusammenfassung des Laufs</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the target folder</source>
        <translation>Den Zielordner öffnen</translation>
    </message>
    <message>
        <source>Cop&amp;y errors</source>
        <translation>Fehler &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the errors</source>
        <translation>Die Fehler kopieren</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Einen Bericht exportieren</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planung…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>Quire::RunSession</name>
    <message>
        <source>error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>to standard output</source>
        <translation>auf die Standardausgabe</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Run %1 (quire-cli show, undo, resume or retry %1)</source>
        <translation>Lauf %1 (quire-cli show, undo, resume oder retry %1)</translation>
    </message>
    <message>
        <source>interrupted: cancelling (files being written are completed)</source>
        <translation>unterbrochen: wird abgebrochen (Dateien, die gerade geschrieben werden, werden fertiggestellt)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>error: run %1 could not start</source>
        <translation>Fehler: Lauf %1 konnte nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>Quire::RunState</name>
    <message>
        <source>not attempted</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>wird geschrieben</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>Quire::Runner</name>
    <message>
        <source>a thread could not be created</source>
        <translation>ein Thread konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>only %1 of %2 writer threads could start (%3): writing with %1; the process limit (ulimit -u) or memory is short</source>
        <translation>nur %1 von %2 Schreib-Threads konnten starten (%3): Es wird mit %1 geschrieben; die Prozessgrenze (ulimit -u) oder der Speicher reicht nicht</translation>
    </message>
    <message>
        <source>, then run the job again</source>
        <translation>, dann führen Sie den Auftrag erneut aus</translation>
    </message>
    <message>
        <source>no writer thread could start: %1 (the process limit, ulimit -u, or memory is exhausted: end other processes of this user or raise the limit%2)</source>
        <translation>kein Schreib-Thread konnte starten: %1 (die Prozessgrenze, ulimit -u, oder der Speicher ist erschöpft: Beenden Sie andere Prozesse dieses Benutzers oder erhöhen Sie die Grenze%2)</translation>
    </message>
    <message>
        <source>durable sync failed: </source>
        <translation>dauerhaftes Synchronisieren fehlgeschlagen: </translation>
    </message>
    <message>
        <source>the incomplete file could not be identified; left it as it is</source>
        <translation>die unvollständige Datei konnte nicht identifiziert werden; sie blieb, wie sie ist</translation>
    </message>
    <message>
        <source>the incomplete file is gone already</source>
        <translation>die unvollständige Datei ist bereits verschwunden</translation>
    </message>
    <message>
        <source>the name could not be checked (%1); left it as it is</source>
        <translation>der Name konnte nicht geprüft werden (%1); er blieb, wie er ist</translation>
    </message>
    <message>
        <source>the name now holds another file; left it as it is</source>
        <translation>unter dem Namen liegt jetzt eine andere Datei; sie blieb, wie sie ist</translation>
    </message>
    <message>
        <source>the incomplete file could not be removed (%1); it is still there, incomplete</source>
        <translation>die unvollständige Datei konnte nicht entfernt werden (%1); sie ist noch da, unvollständig</translation>
    </message>
    <message>
        <source>the incomplete file was removed</source>
        <translation>die unvollständige Datei wurde entfernt</translation>
    </message>
    <message>
        <source>the file may be incomplete; left it as it is, since after a failed close it cannot be told from another run&apos;s file</source>
        <translation>die Datei ist möglicherweise unvollständig; sie blieb, wie sie ist, da sie nach einem fehlgeschlagenen Schließen nicht von der Datei eines anderen Laufs zu unterscheiden ist</translation>
    </message>
    <message>
        <source>no free name up to (%1)</source>
        <translation>kein freier Name bis (%1)</translation>
    </message>
    <message>
        <source>it appeared after the plan was made and was left untouched</source>
        <translation>sie ist nach der Planung entstanden und blieb unangetastet</translation>
    </message>
    <message>
        <source>a folder has this name; it was left untouched</source>
        <translation>ein Ordner hat diesen Namen; er blieb unangetastet</translation>
    </message>
    <message>
        <source>%1 has this name; overwrite replaces only files and symlinks, so it was left untouched</source>
        <translation>%1 hat diesen Namen; Überschreiben ersetzt nur Dateien und symbolische Verknüpfungen, daher blieb es unangetastet</translation>
    </message>
    <message>
        <source>the old file was kept</source>
        <translation>die alte Datei wurde behalten</translation>
    </message>
    <message>
        <source>no backup of the old file could be kept; the old file was kept</source>
        <translation>von der alten Datei konnte keine Sicherung angelegt werden; die alte Datei wurde behalten</translation>
    </message>
    <message>
        <source>run file: key &quot;%1&quot; is missing or has the wrong type</source>
        <translation>Laufdatei: Schlüssel „%1“ fehlt oder hat den falschen Typ</translation>
    </message>
    <message>
        <source>could not create folder %1</source>
        <translation>Ordner %1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot open folder %1: %2</source>
        <translation>Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>durable sync of %1 failed: %2</source>
        <translation>dauerhaftes Synchronisieren von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot open the backup folder %1: %2 (nothing was replaced)</source>
        <translation>der Sicherungsordner %1 kann nicht geöffnet werden: %2 (nichts wurde ersetzt)</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>eine unbekannte Ausnahme</translation>
    </message>
    <message>
        <source>the content has a character that %1 cannot represent</source>
        <translation>der Inhalt enthält ein Zeichen, das %1 nicht darstellen kann</translation>
    </message>
    <message>
        <source>the writer stopped with an error: %1</source>
        <translation>der Schreiber wurde mit einem Fehler beendet: %1</translation>
    </message>
    <message>
        <source>the run was stopped: writing %1 failed: %2</source>
        <translation>der Lauf wurde angehalten: Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the content template renders no text for this file, so there is nothing to repeat up to the size</source>
        <translation>die Inhaltsvorlage ergibt für diese Datei keinen Text, es gibt also nichts, was bis zur Größe wiederholt werden könnte</translation>
    </message>
    <message>
        <source>the file to copy from changed size during the run (%1 bytes instead of %2); this file was not written</source>
        <translation>die zu kopierende Datei hat während des Laufs ihre Größe geändert (%1 Byte statt %2); diese Datei wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>verification failed: the file has %1 bytes instead of %2</source>
        <translation>Prüfung fehlgeschlagen: Die Datei hat %1 Byte statt %2</translation>
    </message>
    <message>
        <source>verification failed: byte %1 differs</source>
        <translation>Prüfung fehlgeschlagen: Byte %1 weicht ab</translation>
    </message>
    <message>
        <source>cannot create folder %1: %2</source>
        <translation>Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder (a file or a symbolic link is in the way): nothing is written below it</source>
        <translation>%1 ist kein Ordner (eine Datei oder eine symbolische Verknüpfung ist im Weg): Darunter wird nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot open the file to copy from, %1: %2 (nothing was written)</source>
        <translation>die zu kopierende Datei %1 kann nicht geöffnet werden: %2 (nichts wurde geschrieben)</translation>
    </message>
    <message>
        <source>%1; the file was removed</source>
        <translation>%1; die Datei wurde entfernt</translation>
    </message>
    <message>
        <source>%1; the file was left as it is</source>
        <translation>%1; die Datei blieb, wie sie ist</translation>
    </message>
    <message>
        <source>, then resume run %1</source>
        <translation>, dann Lauf %1 fortsetzen</translation>
    </message>
</context>
<context>
    <name>Quire::SafeFile</name>
    <message>
        <source>the limit of %1 bytes</source>
        <translation>die Grenze von %1 Byte</translation>
    </message>
    <message>
        <source>the limit of %1 MiB (%2 bytes)</source>
        <translation>die Grenze von %1 MiB (%2 Byte)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 (name a smaller file)</source>
        <translation>%1 ist größer als %2 (nennen Sie eine kleinere Datei)</translation>
    </message>
    <message>
        <source>cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: Quire never writes through one (remove the link or name another file)</source>
        <translation>%1 ist eine symbolische Verknüpfung: Quire schreibt nie durch eine hindurch (entfernen Sie die Verknüpfung oder nennen Sie eine andere Datei)</translation>
    </message>
    <message>
        <source>%1 is %2: Quire only replaces regular files (name another file, or - for standard output)</source>
        <translation>%1 ist %2: Quire ersetzt nur reguläre Dateien (nennen Sie eine andere Datei, oder - für die Standardausgabe)</translation>
    </message>
    <message>
        <source>%1 names a folder: name a file</source>
        <translation>%1 nennt einen Ordner: Nennen Sie eine Datei</translation>
    </message>
    <message>
        <source>%1: folder %2 does not exist (create it first)</source>
        <translation>%1: Ordner %2 existiert nicht (erstellen Sie ihn zuerst)</translation>
    </message>
    <message>
        <source>%1: cannot open folder %2: %3</source>
        <translation>%1: Ordner %2 kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 from standard input</source>
        <translation>%1 von der Standardeingabe</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file: name a regular file (or - for standard input)</source>
        <translation>%1 ist %2, keine reguläre Datei: Nennen Sie eine reguläre Datei (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>%1: folder %2 is not writable: %3</source>
        <translation>%1: Ordner %2 ist nicht beschreibbar: %3</translation>
    </message>
    <message>
        <source>cannot write %1 %2: %3: %4</source>
        <translation>%1 %2 kann nicht geschrieben werden: %3: %4</translation>
    </message>
    <message>
        <source>cannot create a temporary file in its folder</source>
        <translation>in ihrem Ordner kann keine temporäre Datei erstellt werden</translation>
    </message>
    <message>
        <source>cannot keep the old file&apos;s permissions</source>
        <translation>die Berechtigungen der alten Datei können nicht übernommen werden</translation>
    </message>
    <message>
        <source>cannot write %1 %2: it was not opened</source>
        <translation>%1 %2 kann nicht geschrieben werden: Sie wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot write %1 %2: %3</source>
        <translation>%1 %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1 is %2, larger than %3 (name a smaller file)</source>
        <translation>%1 ist %2 groß, größer als %3 (nennen Sie eine kleinere Datei)</translation>
    </message>
</context>
<context>
    <name>Quire::Shard</name>
    <message>
        <source>shard &quot;%1&quot; is not K/N: give the slice number and the number of slices, e.g. 2/4 for the second of four</source>
        <translation>Teil „%1“ ist nicht K/N: Geben Sie die Nummer des Teils und die Anzahl der Teile an, z. B. 2/4 für den zweiten von vier</translation>
    </message>
    <message>
        <source>shard %1: the number of slices must be from 1 to %2</source>
        <translation>Teil %1: Die Anzahl der Teile muss zwischen 1 und %2 liegen</translation>
    </message>
    <message>
        <source>shard %1: the slice number must be from 1 to %2 (slices are counted from 1, like split -n K/N)</source>
        <translation>Teil %1: Die Nummer des Teils muss zwischen 1 und %2 liegen (Teile werden ab 1 gezählt, wie bei split -n K/N)</translation>
    </message>
    <message>
        <source>run time &quot;%1&quot; is not an ISO 8601 date and time: write e.g. 2026-12-07T10:00:00Z (UTC), 2026-12-07T11:00:00+01:00, or 2026-12-07T10:00:00 for the local time zone</source>
        <translation>Startzeit „%1“ ist kein Datum mit Uhrzeit nach ISO 8601: Schreiben Sie z. B. 2026-12-07T10:00:00Z (UTC), 2026-12-07T11:00:00+01:00 oder 2026-12-07T10:00:00 für die lokale Zeitzone</translation>
    </message>
    <message>
        <source>shard %1: no files (the job has %2 file(s), fewer than its %3 slices)</source>
        <translation>Teil %1: keine Dateien (der Auftrag hat %2 Datei(en), weniger als seine %3 Teile)</translation>
    </message>
    <message>
        <source>shard %1: files %2-%3 of %4</source>
        <translation>Teil %1: Dateien %2-%3 von %4</translation>
    </message>
</context>
<context>
    <name>Quire::ShowCommand</name>
    <message>
        <source>%1 with BOM</source>
        <translation>%1 mit BOM</translation>
    </message>
    <message>
        <source>%1 (with backup)</source>
        <translation>%1 (mit Sicherung)</translation>
    </message>
    <message>
        <source>names %1, indexes %2 to %3 step %4, %5, if a file exists: %6, write method %7</source>
        <translation>Namen %1, Indizes %2 bis %3, Schrittweite %4, %5, wenn eine Datei existiert: %6, Schreibmethode %7</translation>
    </message>
    <message>
        <source>%1, durable</source>
        <translation>%1, dauerhaft</translation>
    </message>
    <message>
        <source>One recorded run: its job, seed, state, counts, the folders it created, its errors, and the files selected by --files.</source>
        <translation>Ein aufgezeichneter Lauf: sein Auftrag, Seed, Zustand, seine Anzahlen, die von ihm erstellten Ordner, seine Fehler und die mit --files ausgewählten Dateien.</translation>
    </message>
    <message>
        <source>Which files to list: all, failed (the default), incomplete (in flight or not attempted), created (written), none.</source>
        <translation>Welche Dateien aufgeführt werden: all, failed (der Standard), incomplete (gerade geschrieben oder nicht versucht), created (geschrieben), none.</translation>
    </message>
    <message>
        <source>Print the run as a JSON object.</source>
        <translation>Den Lauf als JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>--files %1: choose one of %2</source>
        <translation>--files %1: Wählen Sie eines von %2</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>  started  %1</source>
        <translation>  Gestartet  %1</translation>
    </message>
    <message>
        <source>  state    %1</source>
        <translation>  Zustand    %1</translation>
    </message>
    <message>
        <source>  job      %1</source>
        <translation>  Auftrag    %1</translation>
    </message>
    <message>
        <source>  seed     %1</source>
        <translation>  Seed       %1</translation>
    </message>
    <message>
        <source>  files    %1: %2</source>
        <translation>  Dateien    %1: %2</translation>
    </message>
    <message>
        <source>  folder   %1 (created by the run)</source>
        <translation>  Ordner     %1 (vom Lauf erstellt)</translation>
    </message>
    <message>
        <source>  folder   %1</source>
        <translation>  Ordner     %1</translation>
    </message>
    <message>
        <source>  created  %1</source>
        <translation>  Erstellt   %1</translation>
    </message>
    <message>
        <source>  error    %1</source>
        <translation>  Fehler     %1</translation>
    </message>
    <message>
        <source>Files (%1):</source>
        <translation>Dateien (%1):</translation>
    </message>
    <message>
        <source>, one file per row of %1</source>
        <translation>, eine Datei pro Zeile von %1</translation>
    </message>
</context>
<context>
    <name>Quire::Template</name>
    <message>
        <source> (known placeholders: %1)</source>
        <translation> (bekannte Platzhalter: %1)</translation>
    </message>
    <message>
        <source> (did you mean {%1}?)</source>
        <translation> (meinten Sie {%1}?)</translation>
    </message>
    <message>
        <source>at column %1</source>
        <translation>in Spalte %1</translation>
    </message>
    <message>
        <source>at line %1, column %2</source>
        <translation>in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>unmatched } %1 (write }} for a literal brace)</source>
        <translation>} ohne Gegenstück %1 (schreiben Sie }} für eine wörtliche Klammer)</translation>
    </message>
    <message>
        <source>line break in the file name %1 (names must be one line)</source>
        <translation>Zeilenumbruch im Dateinamen %1 (Namen müssen einzeilig sein)</translation>
    </message>
    <message>
        <source>and %1 more mistakes like these (fix the ones above first)</source>
        <translation>und %1 weitere solche Fehler (beheben Sie zuerst die obigen)</translation>
    </message>
    <message>
        <source>unclosed { %1 (write {{ for a literal brace)</source>
        <translation>nicht geschlossene { %1 (schreiben Sie {{ für eine wörtliche Klammer)</translation>
    </message>
    <message>
        <source>empty placeholder {} %1 (write {{}} for literal braces)</source>
        <translation>leerer Platzhalter {} %1 (schreiben Sie {{}} für wörtliche Klammern)</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} %2%3</source>
        <extracomment>%1 the name, %2 where (&quot;at column 3&quot;), %3 a suggestion (&quot; (did you mean {index}?)&quot;)</extracomment>
        <translation>unbekannter Platzhalter {%1} %2%3</translation>
    </message>
    <message>
        <source>empty format after {%1: %2</source>
        <translation>leeres Format nach {%1: %2</translation>
    </message>
    <message>
        <source>{%1} %2 can only be used in the content template</source>
        <translation>{%1} %2 kann nur in der Inhaltsvorlage verwendet werden</translation>
    </message>
    <message>
        <source>bad format %1 %2 (use 000 for zero padding, D4, x, or X8; width up to %3)</source>
        <translation>ungültiges Format %1 %2 (verwenden Sie 000 für führende Nullen, D4, x oder X8; Breite bis %3)</translation>
    </message>
    <message>
        <source>format %1 %2 is %3 characters long; the limit is %4 (shorten it)</source>
        <translation>Format %1 %2 ist %3 Zeichen lang; die Grenze ist %4 (kürzen Sie es)</translation>
    </message>
    <message>
        <source>bad length %1 %2 (use a number of characters from 1 to %3, e.g. {random:8})</source>
        <translation>ungültige Länge %1 %2 (verwenden Sie eine Zeichenanzahl von 1 bis %3, z. B. {random:8})</translation>
    </message>
    <message>
        <source>} takes no format, found %1 %2</source>
        <translation>} nimmt kein Format an, gefunden %1 %2</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>modulo by zero</source>
        <translation>Modulo durch null</translation>
    </message>
    <message>
        <source>the numbers overflow 64 bits</source>
        <translation>die Zahlen überschreiten 64 Bit</translation>
    </message>
    <message>
        <source>the expression is nested too deeply</source>
        <translation>der Ausdruck ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a number, index, n or ( is missing</source>
        <translation>eine Zahl, index, n oder ( fehlt</translation>
    </message>
    <message>
        <source>unclosed (</source>
        <translation>nicht geschlossene (</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (expected a number, index, n or ()</source>
        <translation>unerwartetes „%1“ (erwartet: eine Zahl, index, n oder ()</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, index or n (arithmetic works on index and n)</source>
        <translation>„%1“ ist weder eine Zahl noch index oder n (gerechnet wird mit index und n)</translation>
    </message>
    <message>
        <source>the expression is too long</source>
        <translation>der Ausdruck ist zu lang</translation>
    </message>
    <message>
        <source>divides by zero</source>
        <translation>teilt durch null</translation>
    </message>
    <message>
        <source>overflows 64 bits</source>
        <translation>überschreitet 64 Bit</translation>
    </message>
    <message>
        <source>the rows file has the columns %1%2</source>
        <translation>die CSV-Datei hat die Spalten %1%2</translation>
    </message>
    <message>
        <source>, ...</source>
        <translation>, ...</translation>
    </message>
    <message>
        <source> (did you mean {%1}? %2)</source>
        <translation> (meinten Sie {%1}? %2)</translation>
    </message>
    <message>
        <source>no column {col:%1} %2%3</source>
        <translation>keine Spalte {col:%1} %2%3</translation>
    </message>
    <message>
        <source>bad arithmetic in {%1}: %2 %3</source>
        <extracomment>%1 the expression, %2 what is wrong, %3 where (&quot;at column 3&quot;)</extracomment>
        <translation>ungültige Arithmetik in {%1}: %2 %3</translation>
    </message>
</context>
<context>
    <name>Quire::TemplateReference</name>
    <message>
        <source>Template reference</source>
        <translation>Vorlagen-Referenz</translation>
    </message>
    <message>
        <source>The template reference is missing from this build.</source>
        <translation>Die Vorlagen-Referenz fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>Quire::UndoCommand</name>
    <message>
        <source>Undoing %1 / %2</source>
        <translation>Rückgängig: %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>would delete %1 file(s)</source>
        <translation>
            <numerusform>würde %1 Datei löschen</numerusform>
            <numerusform>würde %1 Dateien löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %1 file(s)</source>
        <translation>
            <numerusform>%1 Datei gelöscht</numerusform>
            <numerusform>%1 Dateien gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would be restored</source>
        <translation>
            <numerusform>%1 würde wiederhergestellt</numerusform>
            <numerusform>%1 würden wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 restored</source>
        <translation>
            <numerusform>%1 wiederhergestellt</numerusform>
            <numerusform>%1 wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would be kept (changed since)</source>
        <translation>
            <numerusform>%1 würde behalten (seitdem geändert)</numerusform>
            <numerusform>%1 würden behalten (seitdem geändert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept (changed since)</source>
        <translation>
            <numerusform>%1 behalten (seitdem geändert)</numerusform>
            <numerusform>%1 behalten (seitdem geändert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 not restorable</source>
        <translation>
            <numerusform>%1 nicht wiederherstellbar</numerusform>
            <numerusform>%1 nicht wiederherstellbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already gone</source>
        <translation>
            <numerusform>%1 bereits entfernt</numerusform>
            <numerusform>%1 bereits entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed</source>
        <translation>
            <numerusform>%1 fehlgeschlagen</numerusform>
            <numerusform>%1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 folder(s) would be removed</source>
        <translation>
            <numerusform>%1 Ordner würde entfernt</numerusform>
            <numerusform>%1 Ordner würden entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 folder(s) removed</source>
        <translation>
            <numerusform>%1 Ordner entfernt</numerusform>
            <numerusform>%1 Ordner entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletes every file the run created that is still exactly what it wrote, puts back the files it replaced if it kept them (--backup), then removes the folders it created if they are empty. A file changed since is kept and listed.
Exit codes: 0 everything undone, 1 some files kept or not removed (each listed), 2 unknown run or nothing to undo.</source>
        <translation>Löscht jede vom Lauf erstellte Datei, die noch genau das enthält, was er geschrieben hat, stellt die von ihm ersetzten Dateien wieder her, falls er sie aufbewahrt hat (--backup), und entfernt dann die von ihm erstellten Ordner, wenn sie leer sind. Eine seitdem geänderte Datei wird behalten und aufgeführt.
Exit-Codes: 0 alles rückgängig gemacht, 1 einige Dateien behalten oder nicht entfernt (jeweils aufgeführt), 2 unbekannter Lauf oder nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>List what would be deleted and kept; change nothing.</source>
        <translation>Auflisten, was gelöscht und was behalten würde; nichts ändern.</translation>
    </message>
    <message>
        <source>run %1 has nothing to undo (it was undone already): see quire-cli show %1</source>
        <translation>Lauf %1 hat nichts rückgängig zu machen (er wurde bereits rückgängig gemacht): siehe quire-cli show %1</translation>
    </message>
    <message>
        <source>run %1 has nothing to undo (it wrote no files): see quire-cli show %1</source>
        <translation>Lauf %1 hat nichts rückgängig zu machen (er hat keine Dateien geschrieben): siehe quire-cli show %1</translation>
    </message>
    <message>
        <source>Dry run of the undo of run %1: %2; nothing was changed.</source>
        <translation>Probelauf des Rückgängigmachens von Lauf %1: %2; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Undo of run %1: %2.</source>
        <translation>Rückgängigmachen von Lauf %1: %2.</translation>
    </message>
    <message>
        <source>would delete %1</source>
        <translation>würde %1 löschen</translation>
    </message>
    <message>
        <source>would restore %1</source>
        <translation>würde %1 wiederherstellen</translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>would keep %1: %2</source>
        <translation>würde %1 behalten: %2</translation>
    </message>
    <message>
        <source>kept %1: %2</source>
        <translation>%1 behalten: %2</translation>
    </message>
    <message>
        <source>not restorable %1: %2</source>
        <translation>%1 nicht wiederherstellbar: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>would remove folder %1</source>
        <translation>würde Ordner %1 entfernen</translation>
    </message>
    <message>
        <source>removed folder %1</source>
        <translation>Ordner %1 entfernt</translation>
    </message>
</context>
<context>
    <name>Quire::WindowProblemWording</name>
    <message>
        <source>no target folder: add at least one folder with %1</source>
        <translation>kein Zielordner: Fügen Sie mit %1 mindestens einen Ordner hinzu</translation>
    </message>
    <message>
        <source>the name template &quot;%1&quot; starts with &apos;/&apos;: names are relative to the target folder (remove the leading &apos;/&apos;, or add that folder with %2)</source>
        <translation>die Namensvorlage „%1“ beginnt mit „/“: Namen sind relativ zum Zielordner (entfernen Sie das führende „/“, oder fügen Sie diesen Ordner mit %2 hinzu)</translation>
    </message>
    <message>
        <source>%1 of the files already exist in %2 (first: %3): nothing is overwritten; choose %4, %5 or %6 under %7, or another folder</source>
        <translation>%1 der Dateien existieren bereits in %2 (erste: %3): Es wird nichts überschrieben; wählen Sie %4, %5 oder %6 unter %7, oder einen anderen Ordner</translation>
    </message>
    <message>
        <source>the templates use {date} or {time}, and shards started at different times render different values: fix the start with the job file&apos;s &quot;runTime&quot;, e.g. %1</source>
        <translation>die Vorlagen verwenden {date} oder {time}, und zu verschiedenen Zeiten gestartete Teile ergeben verschiedene Werte: Legen Sie den Start mit „runTime“ in der Auftragsdatei fest, z. B. %1</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;: choose one in the %2 list</source>
        <translation>unbekannte Kodierung „%1“: Wählen Sie eine in der Liste %2</translation>
    </message>
    <message>
        <source>content file %1 is not valid %2: bad byte sequence at byte offset %3 (state its encoding as the job file&apos;s &quot;contentFileEncoding&quot;)</source>
        <translation>Inhaltsdatei %1 ist kein gültiges %2: ungültige Bytefolge an Byte-Position %3 (geben Sie ihre Kodierung mit „contentFileEncoding“ in der Auftragsdatei an)</translation>
    </message>
    <message>
        <source>the job file gives more than one of &quot;size&quot;, &quot;random&quot;, &quot;copyFrom&quot; and &quot;sparse&quot;: choose one under %1</source>
        <translation>die Auftragsdatei gibt mehr als eines von „size“, „random“, „copyFrom“ und „sparse“ an: Wählen Sie eines unter %1</translation>
    </message>
    <message>
        <source>the job file&apos;s &quot;contentFile&quot; gives a template, which random bytes, a copy of a file and sparse files do not write: choose %1 under %2</source>
        <translation>„contentFile“ in der Auftragsdatei gibt eine Vorlage an, die Zufallsbytes, die Kopie einer Datei und Dateien mit Lücken nicht schreiben: Wählen Sie %1 unter %2</translation>
    </message>
    <message>
        <source>the content template renders no text, so there is nothing to repeat up to the %1 of %2 bytes: fill in the %3</source>
        <translation>die Inhaltsvorlage ergibt keinen Text, es gibt also nichts, was bis zur %1 von %2 Bytes wiederholt werden könnte: Füllen Sie %3 aus</translation>
    </message>
    <message>
        <source>rows file encoding &quot;%1&quot; is unknown: choose one in the %2 list of the CSV file</source>
        <translation>Kodierung „%1“ der CSV-Datei ist unbekannt: Wählen Sie eine in der Liste %2 der CSV-Datei</translation>
    </message>
    <message>
        <source>rows file %1 is not valid %2: bad bytes at line %3 (byte offset %4); choose its %5</source>
        <translation>CSV-Datei %1 ist kein gültiges %2: ungültige Bytes in Zeile %3 (Byte-Position %4); wählen Sie ihre %5</translation>
    </message>
    <message>
        <source>rows file %1 is not valid UTF-8: bad bytes at line %2 (byte offset %3); choose its %4, e.g. windows-1252</source>
        <translation>CSV-Datei %1 ist kein gültiges UTF-8: ungültige Bytes in Zeile %2 (Byte-Position %3); wählen Sie ihre %4, z. B. windows-1252</translation>
    </message>
    <message>
        <source>rows file %1: the delimiter is ambiguous, line 1 has %2: choose the %3</source>
        <translation>CSV-Datei %1: Das Trennzeichen ist mehrdeutig, Zeile 1 enthält %2: Wählen Sie das %3</translation>
    </message>
</context>
</TS>
