<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Quire::DropController</name>
    <message>
        <source>Drop folders to add them as targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets cannot change during a run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::FolderListWidget</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are created in every folder listed here. Drop folders anywhere on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected target folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a folder, not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::HistoryController</name>
    <message numerus="yes">
        <source>Delete %1 file(s) created by the run?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s) changed since will be kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 replaced file(s) will be put back from the backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s) it replaced cannot be brought back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s) deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept (changed since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not restorable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid run %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last run (started %1) was interrupted: %2 of %3 file(s) written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s) may be incomplete.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the files the last run created (files changed since are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded runs: undo, resume, retry, reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is going on: wait until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action on a run is going on: wait until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what undo would delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: nothing left to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo cancelled: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %2 file(s) to write.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s) found changed were left alone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 has no failed files to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying %1 failed file(s) of run %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The form cannot change during a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the job of run %1 into the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::HistoryDialog</name>
    <message>
        <source>No runs recorded yet. Every run keeps a journal unless it is switched off in Edit › Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list of runs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the failed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the run&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the run&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this &amp;job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the run&apos;s job into the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV report (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::HistoryModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted (%1 may be incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::JobForm</name>
    <message>
        <source>%1 is not a file but %2: choose a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the limit for a content template: choose a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example file-{index:00}.txt. Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the content template from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF (Linux, macOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF (Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR (classic Mac OS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enco&amp;ding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ine ending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a file exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: report it, write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both: name (2).ext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;urable writes (sync to disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durable writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at first err&amp;or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at the first error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a file e&amp;xists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel &amp;writes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load content template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.json *.csv *.xml *.md *.html *.tmpl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2 text (invalid byte at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the content template from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::JobSpec</name>
    <message>
        <source>job key &quot;%1&quot; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job key &quot;%1&quot; has unknown value &quot;%2&quot; (use one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown job key &quot;%1&quot; (known keys: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job has both &quot;content&quot; and &quot;contentFile&quot;: keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job file %1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job file %1 must hold a JSON object {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is nested deeper than %1 levels at byte offset %2: a job is one flat object of settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is given twice in one object (at byte offsets %2 and %3): keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byte 0x%1 at byte offset %2%3 is not valid UTF-8: save the job file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the escape %1 at byte offset %2%3 is half of a surrogate pair, which is not a character (write the whole pair, or the character itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 at byte offset %2 is out of range for any setting (too large or too long): write a whole number of at most 19 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte offset %2 is not a JSON number: write a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::Journal</name>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, larger than any journal file can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job.json is not a valid job: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run.json is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file cannot be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file is for %1 files, run.json says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file has %1 bytes, expected %2 for %3 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file is damaged: one of its status bytes holds no valid status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file is damaged: %1 of its status bytes hold no valid status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reserve %1 bytes for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot map %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file has %1 bytes, too few for its %2-byte header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file does not start with &quot;QUIRELOG&quot;: it is not a Quire status file, or it was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file has format version %1; this Quire reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file&apos;s header says it is %1 bytes long, expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file&apos;s header gives an impossible file count (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot append to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not end with a newline (the file was cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no tab after the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has &quot;%1&quot; where the position belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names position %1, outside the run&apos;s %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unescaped tab or carriage return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown escape after a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Quire process (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Quire process (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Quire process (pid unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is in use by %2: its journal %3 is locked. Try again when that run has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file cannot be locked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status file cannot be mapped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job.json cannot be planned again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job.json describes %1 files, run.json %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run is recorded in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run &quot;%1&quot; is recorded in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id &quot;%1&quot; is ambiguous: it matches %2 runs (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a journal for a plan with errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the journal of run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 cannot be read from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 was opened for reading: its journal %2 is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush the run&apos;s journal %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::MainWindow</name>
    <message>
        <source>Job form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop folders anywhere to add them as targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (%1 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset every field to its default; the target folders stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Quire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets cannot change during a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a folder, not added: %1. Only folders can be targets; drop a text file on the content editor to use it as the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a local folder, not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job cannot run: see the problems in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running without a journal (no history, no undo): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is going on: wait until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Quire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are still being created. Cancel the run and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling, then closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Quire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quire %1&lt;/h3&gt;&lt;p&gt;Create files in bulk, in parallel, from a name and a content template.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::NumberFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A size: number and decimal SI unit (&quot;2.5 MB&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::Planner</name>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist: %3 (fix or remove the link, or choose another folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1: the name &quot;%2…&quot; is longer than %3 bytes: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1: %2 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder path %1… is %2 bytes long; the system allows %3: %4 (choose a shorter path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use folder %1: %2 (choose another folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (choose another folder or change its permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL character at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lone surrogate U+%1 at position %2 (half of a character, not a character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: character &apos;%2&apos; (U+%3) at position %4 cannot be represented in %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives &quot;%2&quot; for folder %3, which %4: a placeholder must give one plain name (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename the folder or remove {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use e.g. - or . instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name template gives an empty file name: write a name such as file-{index}.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name &quot;%1&quot; would escape the target folder: names cannot contain .. or /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name &quot;%1&quot; contains &apos;/&apos;: files are written directly into the target folder, so remove the &apos;/&apos; from the name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names use {random} without {index}: two files may draw the same name; add {index} to be sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file names collide: index %1 and index %2 would both be named &quot;%3&quot; (add {index} or {n} to the name template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file names would be up to %1 bytes long (&quot;%2&quot;); the file system allows 255: shorten the name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names like &quot;%1&quot; may draw a reserved device name on Windows (CON, NUL, COM1...): fine here, but such files cannot be opened on Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved device name on Windows (fine here, but such files cannot be opened on Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names, the first &quot;%2&quot;, are reserved device names on Windows (fine here, but such files cannot be opened on Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &apos;%2&apos;, which Windows does not allow in file names (fine here, a problem if the folder is shared with Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with a space or a dot, which Windows strips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 character %2%3 cannot be represented in %4: choose another encoding (e.g. UTF-8) or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name used by {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the files already exist in %2 (first: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: nothing is overwritten; choose --if-exists skip, overwrite or rename, or another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: they will be left alone (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: they will be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of those names are taken by folders in %2, and a folder is never replaced: those files will fail (rename the folders, or choose skip or rename)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the new files get names like &quot;name (2).ext&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list folder %1 to check for existing files: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step is 0: use a positive step to count up or a negative one to count down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty range: from %1 to %2 with step %3 gives no files (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a negative step to count down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a positive step to count up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folders %1 and %2 are the same folder (through a symbolic link or a bind mount): the same names would be written twice; remove one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target folder: add at least one folder (--folder DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target folder path is empty: remove it or name a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder path &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove it from the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1 is listed twice: the same names would be written twice; remove one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job has %1 files; the limit is %2 (narrow the range or use fewer folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding &quot;%1&quot; does not say its byte order: use %2LE (what Windows calls Unicode) or %2BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding %1 switches state with escape sequences and is not supported: choose UTF-8, or e.g. Shift_JIS or EUC-JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (quire-cli --list-encodings shows every encoding available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding %1 cannot write plain ASCII text reliably; choose another encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding %1 has no byte order mark: turn BOM off or choose a Unicode encoding (UTF-8, UTF-16, UTF-32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel writes must be between 1 and %1, or 0 for automatic (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content file encoding &quot;%1&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content file %1 is not valid %2: bad byte sequence at byte offset %3 (state its encoding with --content-encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove it from the name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content is text; remove it from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content file path &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planning was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::PreferencesDialog</name>
    <message>
        <source>&amp;Keep a journal of runs (history and undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a journal of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal lets Quire undo, resume and retry runs, even after a crash. It is kept in the app&apos;s data folder, never in your folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs to &amp;keep:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::PreviewPanel</name>
    <message>
        <source>Preview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing files that conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the previewed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First bytes of the chosen file in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found by the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the file to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view file no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of that file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its first bytes in hex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · cannot run: see the problems below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 existing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::Progress</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 file(s) (%2) in %3 s (%4); skipped %5; failed %6</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; not attempted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped at the first error)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::ProgressText</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at the first error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 written, %3 skipped, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 not attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::Report</name>
    <message>
        <source>write error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::ResultsActions</name>
    <message>
        <source>Copied %1 error(s) to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV report (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::ResultsModel</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists, left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::ResultsPanel</name>
    <message>
        <source>Show which files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of failed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::ResumeBar</name>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the run did not, so the folder ends as if it had never stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the history of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::RunActions</name>
    <message>
        <source>the run had not replaced it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by the run without --backup: the old file cannot be brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its backup is gone from the run&apos;s journal: the old file cannot be brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old file could not be put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the undo of run %1 was cancelled; undo it again to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files were undone, but the journal of run %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 wrote into %2, which no longer exists: restore that folder first (or start the job again as a new run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 is still running in another process: wait for it to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 was undone: nothing to resume (start the job again as a new run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 finished: nothing to resume (%2 failed: quire-cli retry %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 finished: nothing to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different file is at this name; it was left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 was undone: nothing to retry (start the job again as a new run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 did not run to the end (%2): resume it first (quire-cli resume %1), then retry its failed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has no failed files: nothing to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content cannot be rendered again in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder is at this name now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link is at this name now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since the run: %1 bytes instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since the run: same size, different bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by another file during the undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::RunPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start creating the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::Runner</name>
    <message>
        <source>a thread could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 writer threads could start (%3): writing with %1; the process limit (ulimit -u) or memory is short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then quire-cli resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then run the job again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no writer thread could start: %1 (the process limit, ulimit -u, or memory is exhausted: end other processes of this user or raise the limit%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durable sync failed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incomplete file could not be identified; left it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incomplete file is gone already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name could not be checked (%1); left it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name now holds another file; left it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incomplete file could not be removed (%1); it is still there, incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incomplete file was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file may be incomplete; left it as it is, since after a failed close it cannot be told from another run&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free name up to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it appeared after the plan was made and was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder has this name; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has this name; overwrite replaces only files and symlinks, so it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old file was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup of the old file could be kept; the old file was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run file: key &quot;%1&quot; is missing or has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durable sync of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the backup folder %1: %2 (nothing was replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content has a character that %1 cannot represent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the writer stopped with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was stopped: writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::SafeFile</name>
    <message>
        <source>the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the limit of %1 MiB (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 (name a smaller file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link: Quire never writes through one (remove the link or name another file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: Quire only replaces regular files (name another file, or - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a folder: name a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: folder %2 does not exist (create it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open folder %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file: name a regular file (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, larger than </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (name a smaller file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: folder %2 is not writable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 %2: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the old file&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 %2: it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quire::Template</name>
    <message>
        <source> (known placeholders: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean {%1}?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmatched } %1 (write }} for a literal brace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line break in the file name %1 (names must be one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more mistakes like these (fix the ones above first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed { %1 (write {{ for a literal brace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty placeholder {} %1 (write {{}} for literal braces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1} %2%3</source>
        <extracomment>%1 the name, %2 where (&quot;at column 3&quot;), %3 a suggestion (&quot; (did you mean {index}?)&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty format after {%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} %2 can only be used in the content template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad format %1 %2 (use 000 for zero padding, D4, x, or X8; width up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 %2 is %3 characters long; the limit is %4 (shorten it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad length %1 %2 (use a number of characters from 1 to %3, e.g. {random:8})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>} takes no format, found %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
