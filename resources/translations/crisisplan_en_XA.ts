<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA">
    <context>
        <name>AddUserDialog</name>
        <message>
            <location filename="../../crisisplan/ui/records/user_dialogs.py" line="+96" />
            <location line="+1" />
            <source>Add a user</source>
            <translation>[ÀÀđđ àà ŭŭšēēŕ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Username:</source>
            <translation>[&amp;ŬŬšēēŕñààɱēē:]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full &amp;name:</source>
            <translation>[Ƒŭŭĺĺ &amp;ñààɱēē:]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give the new user their passphrase in person. They can change it after signing in.</source>
            <translation>[Ĝīīʋēē ţĥēē ñēēŵ ŭŭšēēŕ ţĥēēīīŕ ƥààššƥĥŕààšēē īīñ ƥēēŕšōōñ. Ţĥēēŷ çààñ çĥààñĝēē īīţ ààƒţēēŕ šīīĝñīīñĝ īīñ.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter a username (letters, digits, dots, dashes or underscores).</source>
            <translation>[ĒĒñţēēŕ àà ŭŭšēēŕñààɱēē (ĺēēţţēēŕš, đīīĝīīţš, đōōţš, đààšĥēēš ōōŕ ŭŭñđēēŕšçōōŕēēš).]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the user at least one role.</source>
            <translation>[Ĝīīʋēē ţĥēē ŭŭšēēŕ ààţ ĺēēààšţ ōōñēē ŕōōĺēē.]</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../crisisplan/ui/wizard/account.py" line="+56" />
            <source>The first administrator</source>
            <translation>[Ţĥēē ƒīīŕšţ ààđɱīīñīīšţŕààţōōŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This person manages users, backups and the local protocol.</source>
            <translation>[Ţĥīīš ƥēēŕšōōñ ɱààñààĝēēš ŭŭšēēŕš, ƀààçķŭŭƥš ààñđ ţĥēē ĺōōçààĺ ƥŕōōţōōçōōĺ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Create the store</source>
            <translation>[&amp;Çŕēēààţēē ţĥēē šţōōŕēē]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Passphrase strength</source>
            <translation>[Ƥààššƥĥŕààšēē šţŕēēñĝţĥ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This person also &amp;writes crisis plans (clinician role)</source>
            <translation>[Ţĥīīš ƥēēŕšōōñ ààĺšōō &amp;ŵŕīīţēēš çŕīīšīīš ƥĺààñš (çĺīīñīīçīīààñ ŕōōĺēē)]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Full &amp;name:</source>
            <translation>[Ƒŭŭĺĺ &amp;ñààɱēē:]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Username:</source>
            <translation>[&amp;ŬŬšēēŕñààɱēē:]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Passphrase:</source>
            <translation>[&amp;Ƥààššƥĥŕààšēē:]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat passphrase:</source>
            <translation>[&amp;Ŕēēƥēēààţ ƥààššƥĥŕààšēē:]</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Too short: use at least {n} characters. A few unrelated words work well.</source>
            <translation>[Ţōōōō šĥōōŕţ: ŭŭšēē ààţ ĺēēààšţ {n} çĥààŕààçţēēŕš. ÀÀ ƒēēŵ ŭŭñŕēēĺààţēēđ ŵōōŕđš ŵōōŕķ ŵēēĺĺ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too easy to guess (a common password, a name or a pattern). Try three or four unrelated words.</source>
            <translation>[Ţōōōō ēēààšŷ ţōō ĝŭŭēēšš (àà çōōɱɱōōñ ƥààššŵōōŕđ, àà ñààɱēē ōōŕ àà ƥààţţēēŕñ). Ţŕŷ ţĥŕēēēē ōōŕ ƒōōŭŭŕ ŭŭñŕēēĺààţēēđ ŵōōŕđš.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Acceptable. Longer is stronger: try three or four unrelated words.</source>
            <translation>[ÀÀççēēƥţààƀĺēē. Ĺōōñĝēēŕ īīš šţŕōōñĝēēŕ: ţŕŷ ţĥŕēēēē ōōŕ ƒōōŭŭŕ ŭŭñŕēēĺààţēēđ ŵōōŕđš.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strong.</source>
            <translation>[Šţŕōōñĝ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The two passphrases are not the same yet.</source>
            <translation>[Ţĥēē ţŵōō ƥààššƥĥŕààšēēš ààŕēē ñōōţ ţĥēē šààɱēē ŷēēţ.]</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Creating the encrypted store…</source>
            <translation>[Çŕēēààţīīñĝ ţĥēē ēēñçŕŷƥţēēđ šţōōŕēē…]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Creating the store</source>
            <translation>[Çŕēēààţīīñĝ ţĥēē šţōōŕēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creating the encrypted store (this takes a few seconds)…</source>
            <translation>[Çŕēēààţīīñĝ ţĥēē ēēñçŕŷƥţēēđ šţōōŕēē (ţĥīīš ţààķēēš àà ƒēēŵ šēēçōōñđš)…]</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <location filename="../../crisisplan/ui/records/audit.py" line="+49" />
            <source>All plans</source>
            <translation>[ÀÀĺĺ ƥĺààñš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show entries</source>
            <translation>[&amp;Šĥōōŵ ēēñţŕīīēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show &amp;older entries</source>
            <translation>[Šĥōōŵ &amp;ōōĺđēēŕ ēēñţŕīīēēš]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the audit log's &amp;integrity</source>
            <translation>[Çĥēēçķ ţĥēē ààŭŭđīīţ ĺōōĝ'š &amp;īīñţēēĝŕīīţŷ]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For &amp;plan number:</source>
            <translation>[Ƒōōŕ &amp;ƥĺààñ ñŭŭɱƀēēŕ:]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Every view, change, print, export, share, restore, failed unlock and role change is recorded here. The log is hash-chained: the integrity check shows whether any entry was changed or removed.</source>
            <translation>[ĒĒʋēēŕŷ ʋīīēēŵ, çĥààñĝēē, ƥŕīīñţ, ēēχƥōōŕţ, šĥààŕēē, ŕēēšţōōŕēē, ƒààīīĺēēđ ŭŭñĺōōçķ ààñđ ŕōōĺēē çĥààñĝēē īīš ŕēēçōōŕđēēđ ĥēēŕēē. Ţĥēē ĺōōĝ īīš ĥààšĥ-çĥààīīñēēđ: ţĥēē īīñţēēĝŕīīţŷ çĥēēçķ šĥōōŵš ŵĥēēţĥēēŕ ààñŷ ēēñţŕŷ ŵààš çĥààñĝēēđ ōōŕ ŕēēɱōōʋēēđ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Audit log entries</source>
            <translation>[ÀÀŭŭđīīţ ĺōōĝ ēēñţŕīīēēš]</translation>
        </message>
        <message>
            <location line="+38" />
            <source>The audit log is intact: {count} entries, none changed or removed.</source>
            <translation>[Ţĥēē ààŭŭđīīţ ĺōōĝ īīš īīñţààçţ: {count} ēēñţŕīīēēš, ñōōñēē çĥààñĝēēđ ōōŕ ŕēēɱōōʋēēđ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The audit log has been tampered with or damaged. Tell your information-governance lead.
{problems}</source>
            <translation>[Ţĥēē ààŭŭđīīţ ĺōōĝ ĥààš ƀēēēēñ ţààɱƥēēŕēēđ ŵīīţĥ ōōŕ đààɱààĝēēđ. Ţēēĺĺ ŷōōŭŭŕ īīñƒōōŕɱààţīīōōñ-ĝōōʋēēŕñààñçēē ĺēēààđ.
{problems}]</translation>
        </message>
    </context>
    <context>
        <name>BackupTab</name>
        <message>
            <location filename="../../crisisplan/ui/records/backup.py" line="+29" />
            <source>Make a &amp;backup…</source>
            <translation>[Ϻààķēē àà &amp;ƀààçķŭŭƥ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restore from a backup…</source>
            <translation>[&amp;Ŕēēšţōōŕēē ƒŕōōɱ àà ƀààçķŭŭƥ…]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A backup is one encrypted file holding every plan and the whole audit log. Keep backups on a separate disk, away from this computer. The same usernames and passphrases open it.

Restoring replaces the store on this computer with a backup. Everyone is signed out first; the current store is kept beside the restored one.</source>
            <translation>[ÀÀ ƀààçķŭŭƥ īīš ōōñēē ēēñçŕŷƥţēēđ ƒīīĺēē ĥōōĺđīīñĝ ēēʋēēŕŷ ƥĺààñ ààñđ ţĥēē ŵĥōōĺēē ààŭŭđīīţ ĺōōĝ. Ķēēēēƥ ƀààçķŭŭƥš ōōñ àà šēēƥààŕààţēē đīīšķ, ààŵààŷ ƒŕōōɱ ţĥīīš çōōɱƥŭŭţēēŕ. Ţĥēē šààɱēē ŭŭšēēŕñààɱēēš ààñđ ƥààššƥĥŕààšēēš ōōƥēēñ īīţ.

Ŕēēšţōōŕīīñĝ ŕēēƥĺààçēēš ţĥēē šţōōŕēē ōōñ ţĥīīš çōōɱƥŭŭţēēŕ ŵīīţĥ àà ƀààçķŭŭƥ. ĒĒʋēēŕŷōōñēē īīš šīīĝñēēđ ōōŭŭţ ƒīīŕšţ; ţĥēē çŭŭŕŕēēñţ šţōōŕēē īīš ķēēƥţ ƀēēšīīđēē ţĥēē ŕēēšţōōŕēēđ ōōñēē.]</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save the backup as</source>
            <translation>[Šààʋēē ţĥēē ƀààçķŭŭƥ ààš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>crisisplan backups (*.cpbackup);;All files (*)</source>
            <translation>[çŕīīšīīšƥĺààñ ƀààçķŭŭƥš (*.çƥƀààçķŭŭƥ);;ÀÀĺĺ ƒīīĺēēš (*)]</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Backup</source>
            <translation>[Ɓààçķŭŭƥ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing and checking the backup…</source>
            <translation>[Ŵŕīīţīīñĝ ààñđ çĥēēçķīīñĝ ţĥēē ƀààçķŭŭƥ…]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Backup written and checked: {path}
{plans} plan(s), {size} KB.</source>
            <translation>[Ɓààçķŭŭƥ ŵŕīīţţēēñ ààñđ çĥēēçķēēđ: {path}
{plans} ƥĺààñ(š), {size} ĶƁ.]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No backup was made. {reason}</source>
            <translation>[Ñōō ƀààçķŭŭƥ ŵààš ɱààđēē. {reason}]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup was cancelled; no backup file was kept.</source>
            <translation>[Ţĥēē ƀààçķŭŭƥ ŵààš çààñçēēĺĺēēđ; ñōō ƀààçķŭŭƥ ƒīīĺēē ŵààš ķēēƥţ.]</translation>
        </message>
    </context>
    <context>
        <name>BlankPage</name>
        <message>
            <location filename="../../crisisplan/ui/blank_page.py" line="+22" />
            <source>Hidden</source>
            <translation>[Ĥīīđđēēñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Press any key to continue.</source>
            <translation>[Ƥŕēēšš ààñŷ ķēēŷ ţōō çōōñţīīñŭŭēē.]</translation>
        </message>
    </context>
    <context>
        <name>CardFolder</name>
        <message>
            <location filename="../../crisisplan/ui/share/folders.py" line="+13" />
            <source>Crisis cards</source>
            <translation>[Çŕīīšīīš çààŕđš]</translation>
        </message>
    </context>
    <context>
        <name>ChangeTableModel</name>
        <message>
            <location filename="../../crisisplan/ui/editor/history_models.py" line="+92" />
            <source>What changed</source>
            <translation>[Ŵĥààţ çĥààñĝēēđ]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Before</source>
            <translation>[Ɓēēƒōōŕēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After</source>
            <translation>[ÀÀƒţēēŕ]</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <location filename="../../crisisplan/ui/editor/builder.py" line="+86" />
            <location line="+5" />
            <source>{n} / {limit} characters</source>
            <translation>[{n} / {limit} çĥààŕààçţēēŕš]</translation>
        </message>
        <message>
            <location line="+29" />
            <source>In the person's own words</source>
            <translation>[ĪĪñ ţĥēē ƥēēŕšōōñ'š ōōŵñ ŵōōŕđš]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/editor/consent_form.py" line="+38" />
            <source>Consent for {item}</source>
            <translation>[Çōōñšēēñţ ƒōōŕ {item}]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the person said about {item}</source>
            <translation>[Ŵĥààţ ţĥēē ƥēēŕšōōñ šààīīđ ààƀōōŭŭţ {item}]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the person said (optional)</source>
            <translation>[Ŵĥààţ ţĥēē ƥēēŕšōōñ šààīīđ (ōōƥţīīōōñààĺ)]</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Sharing with:</source>
            <translation>[Šĥààŕīīñĝ ŵīīţĥ:]</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../crisisplan/ui/share/dialog.py" line="+134" />
            <source>Recipient</source>
            <translation>[Ŕēēçīīƥīīēēñţ]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Also show information the local protocol never sends to this recipient</source>
            <translation>[ÀÀĺšōō šĥōōŵ īīñƒōōŕɱààţīīōōñ ţĥēē ĺōōçààĺ ƥŕōōţōōçōōĺ ñēēʋēēŕ šēēñđš ţōō ţĥīīš ŕēēçīīƥīīēēñţ]</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../crisisplan/ui/share/consent_dialog.py" line="+39" />
            <source>Information</source>
            <translation>[ĪĪñƒōōŕɱààţīīōōñ]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The person's answer</source>
            <translation>[Ţĥēē ƥēēŕšōōñ'š ààñšŵēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../crisisplan/ui/share/consent_dialog.py" line="+20" />
            <source>What the person said</source>
            <translation>[Ŵĥààţ ţĥēē ƥēēŕšōōñ šààīīđ]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/editor/draft_keeper.py" line="+55" />
            <source>Your changes could not be kept as a draft: {reason}</source>
            <translation>[Ŷōōŭŭŕ çĥààñĝēēš çōōŭŭĺđ ñōōţ ƀēē ķēēƥţ ààš àà đŕààƒţ: {reason}]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unsaved changes could not be read: {reason}</source>
            <translation>[ŬŬñšààʋēēđ çĥààñĝēēš çōōŭŭĺđ ñōōţ ƀēē ŕēēààđ: {reason}]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The draft could not be removed: {reason}</source>
            <translation>[Ţĥēē đŕààƒţ çōōŭŭĺđ ñōōţ ƀēē ŕēēɱōōʋēēđ: {reason}]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/editor/duplicate.py" line="+28" />
            <source>, born {day}</source>
            <translation>[, ƀōōŕñ {day}]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plan {id} ({name}{born})</source>
            <translation>[ƥĺààñ {id} ({name}{born})]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no name</source>
            <translation>[ñōō ñààɱēē]</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Open the existing plan</source>
            <translation>[ŌŌƥēēñ ţĥēē ēēχīīšţīīñĝ ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Check this is not the same person: this NHS number is already in {plan}. A second plan for one person splits their care.</source>
            <translation>[Çĥēēçķ ţĥīīš īīš ñōōţ ţĥēē šààɱēē ƥēēŕšōōñ: ţĥīīš ÑĤŠ ñŭŭɱƀēēŕ īīš ààĺŕēēààđŷ īīñ {plan}. ÀÀ šēēçōōñđ ƥĺààñ ƒōōŕ ōōñēē ƥēēŕšōōñ šƥĺīīţš ţĥēēīīŕ çààŕēē.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open plan {id}</source>
            <translation>[ŌŌƥēēñ ƥĺààñ {id}]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the existing plan with this NHS number</source>
            <translation>[ŌŌƥēēñ ţĥēē ēēχīīšţīīñĝ ƥĺààñ ŵīīţĥ ţĥīīš ÑĤŠ ñŭŭɱƀēēŕ]</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Same NHS number</source>
            <translation>[Šààɱēē ÑĤŠ ñŭŭɱƀēēŕ]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This NHS number is already in {plan}. Save this as a separate plan anyway? Choose Cancel and then "Open plan {id}" to work on the existing plan instead.</source>
            <translation>[Ţĥīīš ÑĤŠ ñŭŭɱƀēēŕ īīš ààĺŕēēààđŷ īīñ {plan}. Šààʋēē ţĥīīš ààš àà šēēƥààŕààţēē ƥĺààñ ààñŷŵààŷ? Çĥōōōōšēē Çààñçēēĺ ààñđ ţĥēēñ "ŌŌƥēēñ ƥĺààñ {id}" ţōō ŵōōŕķ ōōñ ţĥēē ēēχīīšţīīñĝ ƥĺààñ īīñšţēēààđ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save a separate plan</source>
            <translation>[Šààʋēē àà šēēƥààŕààţēē ƥĺààñ]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/editor/editor.py" line="+56" />
            <source>Crisis plan editor</source>
            <translation>[Çŕīīšīīš ƥĺààñ ēēđīīţōōŕ]</translation>
        </message>
        <message>
            <location line="+44" />
            <location filename="../../crisisplan/ui/editor/panels.py" line="+129" />
            <source>Save</source>
            <translation>[Šààʋēē]</translation>
        </message>
        <message>
            <location line="+42" />
            <source>This plan could not be opened</source>
            <translation>[Ţĥīīš ƥĺààñ çōōŭŭĺđ ñōōţ ƀēē ōōƥēēñēēđ]</translation>
        </message>
        <message>
            <location line="+33" />
            <location filename="../../crisisplan/ui/editor/patient_banner.py" line="+39" />
            <source>New plan (not saved yet)</source>
            <translation>[Ñēēŵ ƥĺààñ (ñōōţ šààʋēēđ ŷēēţ)]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} — plan {id}, version {version}</source>
            <translation>[{name} — ƥĺààñ {id}, ʋēēŕšīīōōñ {version}]</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Your unsaved changes are restored. Save them as a new version when ready.</source>
            <translation>[Ŷōōŭŭŕ ŭŭñšààʋēēđ çĥààñĝēēš ààŕēē ŕēēšţōōŕēēđ. Šààʋēē ţĥēēɱ ààš àà ñēēŵ ʋēēŕšīīōōñ ŵĥēēñ ŕēēààđŷ.]</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Discard unsaved changes</source>
            <translation>[Đīīšçààŕđ ŭŭñšààʋēēđ çĥààñĝēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard the unsaved changes? They cannot be got back.</source>
            <translation>[Đīīšçààŕđ ţĥēē ŭŭñšààʋēēđ çĥààñĝēēš? Ţĥēēŷ çààññōōţ ƀēē ĝōōţ ƀààçķ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>[Đīīšçààŕđ]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The unsaved changes were discarded.</source>
            <translation>[Ţĥēē ŭŭñšààʋēēđ çĥààñĝēēš ŵēēŕēē đīīšçààŕđēēđ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+57" />
            <source>Not saved</source>
            <translation>[Ñōōţ šààʋēēđ]</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Not saved. Open plan {id} to work on the existing plan.</source>
            <translation>[Ñōōţ šààʋēēđ. ŌŌƥēēñ ƥĺààñ {id} ţōō ŵōōŕķ ōōñ ţĥēē ēēχīīšţīīñĝ ƥĺààñ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not saved: fix the problems listed on the left first. Your changes are kept as a draft.</source>
            <translation>[Ñōōţ šààʋēēđ: ƒīīχ ţĥēē ƥŕōōƀĺēēɱš ĺīīšţēēđ ōōñ ţĥēē ĺēēƒţ ƒīīŕšţ. Ŷōōŭŭŕ çĥààñĝēēš ààŕēē ķēēƥţ ààš àà đŕààƒţ.]</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The plan was not saved. {reason}

Your changes are kept as a draft.</source>
            <translation>[Ţĥēē ƥĺààñ ŵààš ñōōţ šààʋēēđ. {reason}

Ŷōōŭŭŕ çĥààñĝēēš ààŕēē ķēēƥţ ààš àà đŕààƒţ.]</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved as version {n}</source>
            <translation>[Šààʋēēđ ààš ʋēēŕšīīōōñ {n}]</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Not saved: someone else saved a newer version. Your changes are kept as a draft; load the newest version to carry on.</source>
            <translation>[Ñōōţ šààʋēēđ: šōōɱēēōōñēē ēēĺšēē šààʋēēđ àà ñēēŵēēŕ ʋēēŕšīīōōñ. Ŷōōŭŭŕ çĥààñĝēēš ààŕēē ķēēƥţ ààš àà đŕààƒţ; ĺōōààđ ţĥēē ñēēŵēēšţ ʋēēŕšīīōōñ ţōō çààŕŕŷ ōōñ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/editor/fields.py" line="+150" />
            <source>dd/mm/yyyy</source>
            <translation>[đđ/ɱɱ/ŷŷŷŷ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A date written as dd/mm/yyyy, or empty if not known</source>
            <translation>[ÀÀ đààţēē ŵŕīīţţēēñ ààš đđ/ɱɱ/ŷŷŷŷ, ōōŕ ēēɱƥţŷ īīƒ ñōōţ ķñōōŵñ]</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Clear date</source>
            <translation>[Çĺēēààŕ đààţēē]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Today</source>
            <translation>[Ţōōđààŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear {title}</source>
            <translation>[Çĺēēààŕ {title}]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set {title} to today</source>
            <translation>[Šēēţ {title} ţōō ţōōđààŷ]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not a real date: write it as dd/mm/yyyy, for example 07/03/1990</source>
            <translation>[Ñōōţ àà ŕēēààĺ đààţēē: ŵŕīīţēē īīţ ààš đđ/ɱɱ/ŷŷŷŷ, ƒōōŕ ēēχààɱƥĺēē 07/03/1990]</translation>
        </message>
        <message>
            <location line="+58" />
            <location line="+21" />
            <location line="+36" />
            <location filename="../../crisisplan/ui/share/dialog.py" line="+220" />
            <source>Not recorded</source>
            <translation>[Ñōōţ ŕēēçōōŕđēēđ]</translation>
        </message>
        <message>
            <location line="-35" />
            <location filename="../../crisisplan/ui/share/decision_panel.py" line="+75" />
            <source>Choose…</source>
            <translation>[Çĥōōōōšēē…]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Entry </source>
            <translation>[ĒĒñţŕŷ] </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Which entry in the list of lasting powers of attorney and nominated people below gives authority over this treatment, if any.</source>
            <translation>[Ŵĥīīçĥ ēēñţŕŷ īīñ ţĥēē ĺīīšţ ōōƒ ĺààšţīīñĝ ƥōōŵēēŕš ōōƒ ààţţōōŕñēēŷ ààñđ ñōōɱīīñààţēēđ ƥēēōōƥĺēē ƀēēĺōōŵ ĝīīʋēēš ààŭŭţĥōōŕīīţŷ ōōʋēēŕ ţĥīīš ţŕēēààţɱēēñţ, īīƒ ààñŷ.]</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Yes</source>
            <translation>[Ŷēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>[Ñōō]</translation>
        </message>
        <message>
            <location line="+17" />
            <source>In the person's own words.</source>
            <translation>[ĪĪñ ţĥēē ƥēēŕšōōñ'š ōōŵñ ŵōōŕđš.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/editor/history.py" line="+52" />
            <source>Plan history</source>
            <translation>[Ƥĺààñ ĥīīšţōōŕŷ]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Versions of this plan</source>
            <translation>[Ʋēēŕšīīōōñš ōōƒ ţĥīīš ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every save is kept. Choose a version to see what changed since the one before it, or compare any two.</source>
            <translation>[ĒĒʋēēŕŷ šààʋēē īīš ķēēƥţ. Çĥōōōōšēē àà ʋēēŕšīīōōñ ţōō šēēēē ŵĥààţ çĥààñĝēēđ šīīñçēē ţĥēē ōōñēē ƀēēƒōōŕēē īīţ, ōōŕ çōōɱƥààŕēē ààñŷ ţŵōō.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Versions</source>
            <translation>[Ʋēēŕšīīōōñš]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Compare from version</source>
            <translation>[Çōōɱƥààŕēē ƒŕōōɱ ʋēēŕšīīōōñ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare to version</source>
            <translation>[Çōōɱƥààŕēē ţōō ʋēēŕšīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What changed from version</source>
            <translation>[Ŵĥààţ çĥààñĝēēđ ƒŕōōɱ ʋēēŕšīīōōñ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to version</source>
            <translation>[ţōō ʋēēŕšīīōōñ]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Comparison summary</source>
            <translation>[Çōōɱƥààŕīīšōōñ šŭŭɱɱààŕŷ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changes between the two versions</source>
            <translation>[Çĥààñĝēēš ƀēēţŵēēēēñ ţĥēē ţŵōō ʋēēŕšīīōōñš]</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Restore this version…</source>
            <translation>[Ŕēēšţōōŕēē ţĥīīš ʋēēŕšīīōōñ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore the chosen version as a new version</source>
            <translation>[Ŕēēšţōōŕēē ţĥēē çĥōōšēēñ ʋēēŕšīīōōñ ààš àà ñēēŵ ʋēēŕšīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../crisisplan/ui/editor/panels.py" line="+3" />
            <location filename="../../crisisplan/ui/share/dialog.py" line="-253" />
            <source>Close</source>
            <translation>[Çĺōōšēē]</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Version {n}</source>
            <translation>[Ʋēēŕšīīōōñ {n}]</translation>
        </message>
        <message>
            <location line="+29" />
            <source>This is the first version.</source>
            <translation>[Ţĥīīš īīš ţĥēē ƒīīŕšţ ʋēēŕšīīōōñ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose two different versions to compare.</source>
            <translation>[Çĥōōōōšēē ţŵōō đīīƒƒēēŕēēñţ ʋēēŕšīīōōñš ţōō çōōɱƥààŕēē.]</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No differences.</source>
            <translation>[Ñōō đīīƒƒēēŕēēñçēēš.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 change.</source>
            <translation>[1 çĥààñĝēē.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{n} changes.</source>
            <translation>[{n} çĥààñĝēēš.]</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Restore version</source>
            <translation>[Ŕēēšţōōŕēē ʋēēŕšīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make version {n} the current plan again? It is saved as a new version; every later version stays in the history.</source>
            <translation>[Ϻààķēē ʋēēŕšīīōōñ {n} ţĥēē çŭŭŕŕēēñţ ƥĺààñ ààĝààīīñ? ĪĪţ īīš šààʋēēđ ààš àà ñēēŵ ʋēēŕšīīōōñ; ēēʋēēŕŷ ĺààţēēŕ ʋēēŕšīīōōñ šţààŷš īīñ ţĥēē ĥīīšţōōŕŷ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restore version {n}</source>
            <translation>[Ŕēēšţōōŕēē ʋēēŕšīīōōñ {n}]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not restored</source>
            <translation>[Ñōōţ ŕēēšţōōŕēēđ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Version {old} was restored as version {new}.</source>
            <translation>[Ʋēēŕšīīōōñ {old} ŵààš ŕēēšţōōŕēēđ ààš ʋēēŕšīīōōñ {new}.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/editor/history_models.py" line="+32" />
            <source>(not recorded)</source>
            <translation>[(ñōōţ ŕēēçōōŕđēēđ)]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/editor/list_editor.py" line="+35" />
            <source>Entry</source>
            <translation>[ĒĒñţŕŷ]</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Move up</source>
            <translation>[Ϻōōʋēē ŭŭƥ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation>[Ϻōōʋēē đōōŵñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+123" />
            <source>Remove</source>
            <translation>[Ŕēēɱōōʋēē]</translation>
        </message>
        <message>
            <location line="-100" />
            <source>Move {entry} up</source>
            <translation>[Ϻōōʋēē {entry} ŭŭƥ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move {entry} down</source>
            <translation>[Ϻōōʋēē {entry} đōōŵñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove {entry}</source>
            <translation>[Ŕēēɱōōʋēē {entry}]</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Nothing recorded yet.</source>
            <translation>[Ñōōţĥīīñĝ ŕēēçōōŕđēēđ ŷēēţ.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add {article} {entry}</source>
            <translation>[ÀÀđđ {article} {entry}]</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Remove entry</source>
            <translation>[Ŕēēɱōōʋēē ēēñţŕŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove {entry}? What is written in it will be removed from the plan when you save.</source>
            <translation>[Ŕēēɱōōʋēē {entry}? Ŵĥààţ īīš ŵŕīīţţēēñ īīñ īīţ ŵīīĺĺ ƀēē ŕēēɱōōʋēēđ ƒŕōōɱ ţĥēē ƥĺààñ ŵĥēēñ ŷōōŭŭ šààʋēē.]</translation>
        </message>
        <message>
            <location line="+49" />
            <source>The list is full.</source>
            <translation>[Ţĥēē ĺīīšţ īīš ƒŭŭĺĺ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/editor/pages.py" line="+29" />
            <source>About me</source>
            <translation>[ÀÀƀōōŭŭţ ɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who the plan belongs to. If the name or address cannot be found out in a crisis, the description helps responders recognise the person.</source>
            <translation>[Ŵĥōō ţĥēē ƥĺààñ ƀēēĺōōñĝš ţōō. ĪĪƒ ţĥēē ñààɱēē ōōŕ ààđđŕēēšš çààññōōţ ƀēē ƒōōŭŭñđ ōōŭŭţ īīñ àà çŕīīšīīš, ţĥēē đēēšçŕīīƥţīīōōñ ĥēēĺƥš ŕēēšƥōōñđēēŕš ŕēēçōōĝñīīšēē ţĥēē ƥēēŕšōōñ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Need to know in a crisis</source>
            <translation>[Ñēēēēđ ţōō ķñōōŵ īīñ àà çŕīīšīīš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What police, ambulance and emergency department staff may need to know (Crisis Care Concordat, section B8). Write what is known in advance, not a description of a current crisis.</source>
            <translation>[Ŵĥààţ ƥōōĺīīçēē, ààɱƀŭŭĺààñçēē ààñđ ēēɱēēŕĝēēñçŷ đēēƥààŕţɱēēñţ šţààƒƒ ɱààŷ ñēēēēđ ţōō ķñōōŵ (Çŕīīšīīš Çààŕēē Çōōñçōōŕđààţ, šēēçţīīōōñ Ɓ8). Ŵŕīīţēē ŵĥààţ īīš ķñōōŵñ īīñ ààđʋààñçēē, ñōōţ àà đēēšçŕīīƥţīīōōñ ōōƒ àà çŭŭŕŕēēñţ çŕīīšīīš.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1. Early warning signs</source>
            <translation>[1. ĒĒààŕĺŷ ŵààŕñīīñĝ šīīĝñš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signs that a crisis may be coming, in the person's own words, with what they can do and what others can do to help.</source>
            <translation>[Šīīĝñš ţĥààţ àà çŕīīšīīš ɱààŷ ƀēē çōōɱīīñĝ, īīñ ţĥēē ƥēēŕšōōñ'š ōōŵñ ŵōōŕđš, ŵīīţĥ ŵĥààţ ţĥēēŷ çààñ đōō ààñđ ŵĥààţ ōōţĥēēŕš çààñ đōō ţōō ĥēēĺƥ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>2. Support to stay out of hospital</source>
            <translation>[2. Šŭŭƥƥōōŕţ ţōō šţààŷ ōōŭŭţ ōōƒ ĥōōšƥīīţààĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Support that can help the person stay out of hospital, and how each helps.</source>
            <translation>[Šŭŭƥƥōōŕţ ţĥààţ çààñ ĥēēĺƥ ţĥēē ƥēēŕšōōñ šţààŷ ōōŭŭţ ōōƒ ĥōōšƥīīţààĺ, ààñđ ĥōōŵ ēēààçĥ ĥēēĺƥš.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3. If I go into hospital</source>
            <translation>[3. ĪĪƒ ĪĪ ĝōō īīñţōō ĥōōšƥīīţààĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the person would like to be admitted if they need hospital care, and places or treatments they do not want, with their reasons.</source>
            <translation>[Ŵĥēēŕēē ţĥēē ƥēēŕšōōñ ŵōōŭŭĺđ ĺīīķēē ţōō ƀēē ààđɱīīţţēēđ īīƒ ţĥēēŷ ñēēēēđ ĥōōšƥīīţààĺ çààŕēē, ààñđ ƥĺààçēēš ōōŕ ţŕēēààţɱēēñţš ţĥēēŷ đōō ñōōţ ŵààñţ, ŵīīţĥ ţĥēēīīŕ ŕēēààšōōñš.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>4. Practical needs</source>
            <translation>[4. Ƥŕààçţīīçààĺ ñēēēēđš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who looks after children, other people the person cares for, pets and the home, and who at school, college or work needs to know.</source>
            <translation>[Ŵĥōō ĺōōōōķš ààƒţēēŕ çĥīīĺđŕēēñ, ōōţĥēēŕ ƥēēōōƥĺēē ţĥēē ƥēēŕšōōñ çààŕēēš ƒōōŕ, ƥēēţš ààñđ ţĥēē ĥōōɱēē, ààñđ ŵĥōō ààţ šçĥōōōōĺ, çōōĺĺēēĝēē ōōŕ ŵōōŕķ ñēēēēđš ţōō ķñōōŵ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>5. Advance statement and decisions</source>
            <translation>[5. ÀÀđʋààñçēē šţààţēēɱēēñţ ààñđ đēēçīīšīīōōñš]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The advance statement records the person's preferences. Advance decisions are legally binding refusals of specific treatment (Mental Capacity Act 2005); each one is checked below and anything missing is shown.</source>
            <translation>[Ţĥēē ààđʋààñçēē šţààţēēɱēēñţ ŕēēçōōŕđš ţĥēē ƥēēŕšōōñ'š ƥŕēēƒēēŕēēñçēēš. ÀÀđʋààñçēē đēēçīīšīīōōñš ààŕēē ĺēēĝààĺĺŷ ƀīīñđīīñĝ ŕēēƒŭŭšààĺš ōōƒ šƥēēçīīƒīīç ţŕēēààţɱēēñţ (Ϻēēñţààĺ Çààƥààçīīţŷ ÀÀçţ 2005); ēēààçĥ ōōñēē īīš çĥēēçķēēđ ƀēēĺōōŵ ààñđ ààñŷţĥīīñĝ ɱīīššīīñĝ īīš šĥōōŵñ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>6. Family and carers</source>
            <translation>[6. Ƒààɱīīĺŷ ààñđ çààŕēēŕš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whether and how far family and carers are involved, what each may be told, and people not to contact.</source>
            <translation>[Ŵĥēēţĥēēŕ ààñđ ĥōōŵ ƒààŕ ƒààɱīīĺŷ ààñđ çààŕēēŕš ààŕēē īīñʋōōĺʋēēđ, ŵĥààţ ēēààçĥ ɱààŷ ƀēē ţōōĺđ, ààñđ ƥēēōōƥĺēē ñōōţ ţōō çōōñţààçţ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>7. 24-hour access to services</source>
            <translation>[7. 24-ĥōōŭŭŕ ààççēēšš ţōō šēēŕʋīīçēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Numbers that answer day and night for this person. The local protocol's crisis numbers are added to every card.</source>
            <translation>[Ñŭŭɱƀēēŕš ţĥààţ ààñšŵēēŕ đààŷ ààñđ ñīīĝĥţ ƒōōŕ ţĥīīš ƥēēŕšōōñ. Ţĥēē ĺōōçààĺ ƥŕōōţōōçōōĺ'š çŕīīšīīš ñŭŭɱƀēēŕš ààŕēē ààđđēēđ ţōō ēēʋēēŕŷ çààŕđ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>8. Named contacts</source>
            <translation>[8. Ñààɱēēđ çōōñţààçţš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Care coordinator, consultant, GP, crisis team, carer or relative, advocate, attorney or nominated person: who they are and when they can be reached.</source>
            <translation>[Çààŕēē çōōōōŕđīīñààţōōŕ, çōōñšŭŭĺţààñţ, ĜƤ, çŕīīšīīš ţēēààɱ, çààŕēēŕ ōōŕ ŕēēĺààţīīʋēē, ààđʋōōçààţēē, ààţţōōŕñēēŷ ōōŕ ñōōɱīīñààţēēđ ƥēēŕšōōñ: ŵĥōō ţĥēēŷ ààŕēē ààñđ ŵĥēēñ ţĥēēŷ çààñ ƀēē ŕēēààçĥēēđ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Children and young people</source>
            <translation>[Çĥīīĺđŕēēñ ààñđ ŷōōŭŭñĝ ƥēēōōƥĺēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For children and young people: parental responsibility, family and school details, what the school may see, and whether the young person can consent for themselves.</source>
            <translation>[Ƒōōŕ çĥīīĺđŕēēñ ààñđ ŷōōŭŭñĝ ƥēēōōƥĺēē: ƥààŕēēñţààĺ ŕēēšƥōōñšīīƀīīĺīīţŷ, ƒààɱīīĺŷ ààñđ šçĥōōōōĺ đēēţààīīĺš, ŵĥààţ ţĥēē šçĥōōōōĺ ɱààŷ šēēēē, ààñđ ŵĥēēţĥēēŕ ţĥēē ŷōōŭŭñĝ ƥēēŕšōōñ çààñ çōōñšēēñţ ƒōōŕ ţĥēēɱšēēĺʋēēš.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Making and reviewing the plan</source>
            <translation>[Ϻààķīīñĝ ààñđ ŕēēʋīīēēŵīīñĝ ţĥēē ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who took part, the person's agreement in their own words (sign-off), the review date and status; preferences the team could not agree to, times the plan was not followed, post-crisis reviews and who receives copies.</source>
            <translation>[Ŵĥōō ţōōōōķ ƥààŕţ, ţĥēē ƥēēŕšōōñ'š ààĝŕēēēēɱēēñţ īīñ ţĥēēīīŕ ōōŵñ ŵōōŕđš (šīīĝñ-ōōƒƒ), ţĥēē ŕēēʋīīēēŵ đààţēē ààñđ šţààţŭŭš; ƥŕēēƒēēŕēēñçēēš ţĥēē ţēēààɱ çōōŭŭĺđ ñōōţ ààĝŕēēēē ţōō, ţīīɱēēš ţĥēē ƥĺààñ ŵààš ñōōţ ƒōōĺĺōōŵēēđ, ƥōōšţ-çŕīīšīīš ŕēēʋīīēēŵš ààñđ ŵĥōō ŕēēçēēīīʋēēš çōōƥīīēēš.]</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Advance decision checks</source>
            <translation>[ÀÀđʋààñçēē đēēçīīšīīōōñ çĥēēçķš]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mental Health Act warning</source>
            <translation>[Ϻēēñţààĺ Ĥēēààĺţĥ ÀÀçţ ŵààŕñīīñĝ]</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Fix the problems shown in this advance decision, then it is checked.</source>
            <translation>[Ƒīīχ ţĥēē ƥŕōōƀĺēēɱš šĥōōŵñ īīñ ţĥīīš ààđʋààñçēē đēēçīīšīīōōñ, ţĥēēñ īīţ īīš çĥēēçķēēđ.]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This advance decision may not be valid or may not apply:</source>
            <translation>[Ţĥīīš ààđʋààñçēē đēēçīīšīīōōñ ɱààŷ ñōōţ ƀēē ʋààĺīīđ ōōŕ ɱààŷ ñōōţ ààƥƥĺŷ:]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>✓ Meets every condition the app can check (checked {day}).</source>
            <translation>[✓ Ϻēēēēţš ēēʋēēŕŷ çōōñđīīţīīōōñ ţĥēē ààƥƥ çààñ çĥēēçķ (çĥēēçķēēđ {day}).]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No advance decisions are recorded.</source>
            <translation>[Ñōō ààđʋààñçēē đēēçīīšīīōōñš ààŕēē ŕēēçōōŕđēēđ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All {n} advance decisions meet the conditions the app can check.</source>
            <translation>[ÀÀĺĺ {n} ààđʋààñçēē đēēçīīšīīōōñš ɱēēēēţ ţĥēē çōōñđīīţīīōōñš ţĥēē ààƥƥ çààñ çĥēēçķ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{bad} of {n} advance decisions may not be valid: see the notes on each below.</source>
            <translation>[{bad} ōōƒ {n} ààđʋààñçēē đēēçīīšīīōōñš ɱààŷ ñōōţ ƀēē ʋààĺīīđ: šēēēē ţĥēē ñōōţēēš ōōñ ēēààçĥ ƀēēĺōōŵ.]</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+1" />
            <source>Record sign-off today</source>
            <translation>[Ŕēēçōōŕđ šīīĝñ-ōōƒƒ ţōōđààŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marks the plan as agreed by the person today and sets the status to Agreed. Write what the person says about the plan in their own words below.</source>
            <translation>[Ϻààŕķš ţĥēē ƥĺààñ ààš ààĝŕēēēēđ ƀŷ ţĥēē ƥēēŕšōōñ ţōōđààŷ ààñđ šēēţš ţĥēē šţààţŭŭš ţōō ÀÀĝŕēēēēđ. Ŵŕīīţēē ŵĥààţ ţĥēē ƥēēŕšōōñ šààŷš ààƀōōŭŭţ ţĥēē ƥĺààñ īīñ ţĥēēīīŕ ōōŵñ ŵōōŕđš ƀēēĺōōŵ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sets 'The person agrees', today's date and the status Agreed.</source>
            <translation>[Šēēţš 'Ţĥēē ƥēēŕšōōñ ààĝŕēēēēš', ţōōđààŷ'š đààţēē ààñđ ţĥēē šţààţŭŭš ÀÀĝŕēēēēđ.]</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Consent to sharing</source>
            <translation>[Çōōñšēēñţ ţōō šĥààŕīīñĝ]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What the person agrees to share, and with whom. The local protocol sets the most each recipient may receive; the person's consent narrows it. Sharing without consent is decided, with its lawful basis and reason, when a card is issued.</source>
            <translation>[Ŵĥààţ ţĥēē ƥēēŕšōōñ ààĝŕēēēēš ţōō šĥààŕēē, ààñđ ŵīīţĥ ŵĥōōɱ. Ţĥēē ĺōōçààĺ ƥŕōōţōōçōōĺ šēēţš ţĥēē ɱōōšţ ēēààçĥ ŕēēçīīƥīīēēñţ ɱààŷ ŕēēçēēīīʋēē; ţĥēē ƥēēŕšōōñ'š çōōñšēēñţ ñààŕŕōōŵš īīţ. Šĥààŕīīñĝ ŵīīţĥōōŭŭţ çōōñšēēñţ īīš đēēçīīđēēđ, ŵīīţĥ īīţš ĺààŵƒŭŭĺ ƀààšīīš ààñđ ŕēēààšōōñ, ŵĥēēñ àà çààŕđ īīš īīššŭŭēēđ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/editor/panels.py" line="-89" />
            <source>Problems to fix</source>
            <translation>[Ƥŕōōƀĺēēɱš ţōō ƒīīχ]</translation>
        </message>
        <message>
            <location line="+14" />
            <source>1 problem to fix before this plan can be saved. Press Enter on it to go to the field.</source>
            <translation>[1 ƥŕōōƀĺēēɱ ţōō ƒīīχ ƀēēƒōōŕēē ţĥīīš ƥĺààñ çààñ ƀēē šààʋēēđ. Ƥŕēēšš ĒĒñţēēŕ ōōñ īīţ ţōō ĝōō ţōō ţĥēē ƒīīēēĺđ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} problems to fix before this plan can be saved. Press Enter on one to go to its field.</source>
            <translation>[{n} ƥŕōōƀĺēēɱš ţōō ƒīīχ ƀēēƒōōŕēē ţĥīīš ƥĺààñ çààñ ƀēē šààʋēēđ. Ƥŕēēšš ĒĒñţēēŕ ōōñ ōōñēē ţōō ĝōō ţōō īīţš ƒīīēēĺđ.]</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Unsaved changes found</source>
            <translation>[ŬŬñšààʋēēđ çĥààñĝēēš ƒōōŭŭñđ]</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Restore my changes</source>
            <translation>[Ŕēēšţōōŕēē ɱŷ çĥààñĝēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard them</source>
            <translation>[Đīīšçààŕđ ţĥēēɱ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard the unsaved changes</source>
            <translation>[Đīīšçààŕđ ţĥēē ŭŭñšààʋēēđ çĥààñĝēēš]</translation>
        </message>
        <message>
            <location line="+16" />
            <source>You have changes to this plan that were not saved. They were kept as a draft on {day} at {time}.</source>
            <translation>[Ŷōōŭŭ ĥààʋēē çĥààñĝēēš ţōō ţĥīīš ƥĺààñ ţĥààţ ŵēēŕēē ñōōţ šààʋēēđ. Ţĥēēŷ ŵēēŕēē ķēēƥţ ààš àà đŕààƒţ ōōñ {day} ààţ {time}.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>They were made to version {old}; the plan has since been saved as version {new}. If you restore them and save, version {new} stays in the history.</source>
            <translation>[Ţĥēēŷ ŵēēŕēē ɱààđēē ţōō ʋēēŕšīīōōñ {old}; ţĥēē ƥĺààñ ĥààš šīīñçēē ƀēēēēñ šààʋēēđ ààš ʋēēŕšīīōōñ {new}. ĪĪƒ ŷōōŭŭ ŕēēšţōōŕēē ţĥēēɱ ààñđ šààʋēē, ʋēēŕšīīōōñ {new} šţààŷš īīñ ţĥēē ĥīīšţōōŕŷ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restore them to carry on, or discard them.</source>
            <translation>[Ŕēēšţōōŕēē ţĥēēɱ ţōō çààŕŕŷ ōōñ, ōōŕ đīīšçààŕđ ţĥēēɱ.]</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Save status</source>
            <translation>[Šààʋēē šţààţŭŭš]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>History…</source>
            <translation>[Ĥīīšţōōŕŷ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan history: versions and what changed</source>
            <translation>[Ƥĺààñ ĥīīšţōōŕŷ: ʋēēŕšīīōōñš ààñđ ŵĥààţ çĥààñĝēēđ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save as a new version</source>
            <translation>[Šààʋēē ààš àà ñēēŵ ʋēēŕšīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as a new version (Ctrl+S)</source>
            <translation>[Šààʋēē ààš àà ñēēŵ ʋēēŕšīīōōñ (Çţŕĺ+Š)]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close the plan</source>
            <translation>[Çĺōōšēē ţĥēē ƥĺààñ]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/editor/patient_banner.py" line="-17" />
            <source>Patient banner</source>
            <translation>[Ƥààţīīēēñţ ƀààññēēŕ]</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Name not recorded</source>
            <translation>[Ñààɱēē ñōōţ ŕēēçōōŕđēēđ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Born: not recorded</source>
            <translation>[Ɓōōŕñ: ñōōţ ŕēēçōōŕđēēđ]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Born: {dob}</source>
            <translation>[Ɓōōŕñ: {dob}]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Born: {dob} (age {age})</source>
            <translation>[Ɓōōŕñ: {dob} (ààĝēē {age})]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>NHS number: {n}</source>
            <translation>[ÑĤŠ ñŭŭɱƀēēŕ: {n}]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NHS number: not recorded</source>
            <translation>[ÑĤŠ ñŭŭɱƀēēŕ: ñōōţ ŕēēçōōŕđēēđ]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/editor/plan_form.py" line="+23" />
            <source>is not a real date: write it as dd/mm/yyyy, for example 07/03/1990</source>
            <translation>[īīš ñōōţ àà ŕēēààĺ đààţēē: ŵŕīīţēē īīţ ààš đđ/ɱɱ/ŷŷŷŷ, ƒōōŕ ēēχààɱƥĺēē 07/03/1990]</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Sections of the plan</source>
            <translation>[Šēēçţīīōōñš ōōƒ ţĥēē ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Next section</source>
            <translation>[Ñēēχţ šēēçţīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous section</source>
            <translation>[Ƥŕēēʋīīōōŭŭš šēēçţīīōōñ]</translation>
        </message>
        <message>
            <location line="+75" />
            <source>{page}: 1 problem</source>
            <translation>[{page}: 1 ƥŕōōƀĺēēɱ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{page}: {n} problems</source>
            <translation>[{page}: {n} ƥŕōōƀĺēēɱš]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problems to fix on this page: {n}</source>
            <translation>[Ƥŕōōƀĺēēɱš ţōō ƒīīχ ōōñ ţĥīīš ƥààĝēē: {n}]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/editor/prompts.py" line="+35" />
            <location filename="../../crisisplan/ui/share/consent_dialog.py" line="+8" />
            <location filename="../../crisisplan/ui/share/dialog.py" line="+79" />
            <source>Cancel</source>
            <translation>[Çààñçēēĺ]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>OK</source>
            <translation>[ŌŌĶ]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unsaved changes</source>
            <translation>[ŬŬñšààʋēēđ çĥààñĝēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This plan has changes that are not saved as a version yet.

Save them as a new version, keep them as a draft to finish later, or discard them?</source>
            <translation>[Ţĥīīš ƥĺààñ ĥààš çĥààñĝēēš ţĥààţ ààŕēē ñōōţ šààʋēēđ ààš àà ʋēēŕšīīōōñ ŷēēţ.

Šààʋēē ţĥēēɱ ààš àà ñēēŵ ʋēēŕšīīōōñ, ķēēēēƥ ţĥēēɱ ààš àà đŕààƒţ ţōō ƒīīñīīšĥ ĺààţēēŕ, ōōŕ đīīšçààŕđ ţĥēēɱ?]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as new version</source>
            <translation>[Šààʋēē ààš ñēēŵ ʋēēŕšīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep as draft</source>
            <translation>[Ķēēēēƥ ààš đŕààƒţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard changes</source>
            <translation>[Đīīšçààŕđ çĥààñĝēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go back</source>
            <translation>[Ĝōō ƀààçķ]</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Someone else saved version {n} of this plan while you were editing, so your changes were not saved.</source>
            <translation>[Šōōɱēēōōñēē ēēĺšēē šààʋēēđ ʋēēŕšīīōōñ {n} ōōƒ ţĥīīš ƥĺààñ ŵĥīīĺēē ŷōōŭŭ ŵēēŕēē ēēđīīţīīñĝ, šōō ŷōōŭŭŕ çĥààñĝēēš ŵēēŕēē ñōōţ šààʋēēđ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Someone else saved this plan while you were editing, so your changes were not saved.</source>
            <translation>[Šōōɱēēōōñēē ēēĺšēē šààʋēēđ ţĥīīš ƥĺààñ ŵĥīīĺēē ŷōōŭŭ ŵēēŕēē ēēđīīţīīñĝ, šōō ŷōōŭŭŕ çĥààñĝēēš ŵēēŕēē ñōōţ šààʋēēđ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan changed by someone else</source>
            <translation>[Ƥĺààñ çĥààñĝēēđ ƀŷ šōōɱēēōōñēē ēēĺšēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing you typed is lost: your changes are kept as a draft.

Load the newest version? You can then restore your changes from the note at the top of the plan, and see what the other person changed in History.</source>
            <translation>[Ñōōţĥīīñĝ ŷōōŭŭ ţŷƥēēđ īīš ĺōōšţ: ŷōōŭŭŕ çĥààñĝēēš ààŕēē ķēēƥţ ààš àà đŕààƒţ.

Ĺōōààđ ţĥēē ñēēŵēēšţ ʋēēŕšīīōōñ? Ŷōōŭŭ çààñ ţĥēēñ ŕēēšţōōŕēē ŷōōŭŭŕ çĥààñĝēēš ƒŕōōɱ ţĥēē ñōōţēē ààţ ţĥēē ţōōƥ ōōƒ ţĥēē ƥĺààñ, ààñđ šēēēē ŵĥààţ ţĥēē ōōţĥēēŕ ƥēēŕšōōñ çĥààñĝēēđ īīñ Ĥīīšţōōŕŷ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load newest version</source>
            <translation>[Ĺōōààđ ñēēŵēēšţ ʋēēŕšīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep editing</source>
            <translation>[Ķēēēēƥ ēēđīīţīīñĝ]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/share/consent_dialog.py" line="-34" />
            <location line="+32" />
            <source>Record consent</source>
            <translation>[Ŕēēçōōŕđ çōōñšēēñţ]</translation>
        </message>
        <message>
            <location line="-29" />
            <source>What does the person say about sharing these with {who}?</source>
            <translation>[Ŵĥààţ đōōēēš ţĥēē ƥēēŕšōōñ šààŷ ààƀōōŭŭţ šĥààŕīīñĝ ţĥēēšēē ŵīīţĥ {who}?]</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The person agrees to share the ticked items</source>
            <translation>[Ţĥēē ƥēēŕšōōñ ààĝŕēēēēš ţōō šĥààŕēē ţĥēē ţīīçķēēđ īīţēēɱš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person refuses</source>
            <translation>[Ţĥēē ƥēēŕšōōñ ŕēēƒŭŭšēēš]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What the person said (in their own words, optional)</source>
            <translation>[Ŵĥààţ ţĥēē ƥēēŕšōōñ šààīīđ (īīñ ţĥēēīīŕ ōōŵñ ŵōōŕđš, ōōƥţīīōōñààĺ)]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/share/decision_panel.py" line="-34" />
            <source>Decision</source>
            <translation>[Đēēçīīšīīōōñ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Share the ticked items and issue a card</source>
            <translation>[Šĥààŕēē ţĥēē ţīīçķēēđ īīţēēɱš ààñđ īīššŭŭēē àà çààŕđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided not to share</source>
            <translation>[Đēēçīīđēēđ ñōōţ ţōō šĥààŕēē]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent status:</source>
            <translation>[Çōōñšēēñţ šţààţŭŭš:]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent status</source>
            <translation>[Çōōñšēēñţ šţààţŭŭš]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lawful basis:</source>
            <translation>[Ĺààŵƒŭŭĺ ƀààšīīš:]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lawful basis</source>
            <translation>[Ĺààŵƒŭŭĺ ƀààšīīš]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reason:</source>
            <translation>[Ŕēēààšōōñ:]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason for the decision</source>
            <translation>[Ŕēēààšōōñ ƒōōŕ ţĥēē đēēçīīšīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why you are sharing, or not sharing, in a few words</source>
            <translation>[Ŵĥŷ ŷōōŭŭ ààŕēē šĥààŕīīñĝ, ōōŕ ñōōţ šĥààŕīīñĝ, īīñ àà ƒēēŵ ŵōōŕđš]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save the card's files in</source>
            <translation>[Šààʋēē ţĥēē çààŕđ'š ƒīīĺēēš īīñ]</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+35" />
            <source>Folder for the card's files</source>
            <translation>[Ƒōōĺđēēŕ ƒōōŕ ţĥēē çààŕđ'š ƒīīĺēēš]</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Choose the folder for the card's files</source>
            <translation>[Çĥōōōōšēē ţĥēē ƒōōĺđēēŕ ƒōōŕ ţĥēē çààŕđ'š ƒīīĺēēš]</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Choose the lawful basis…</source>
            <translation>[Çĥōōōōšēē ţĥēē ĺààŵƒŭŭĺ ƀààšīīš…]</translation>
        </message>
        <message>
            <location line="+52" />
            <source>tick at least one item to share (or choose 'Decided not to share')</source>
            <translation>[ţīīçķ ààţ ĺēēààšţ ōōñēē īīţēēɱ ţōō šĥààŕēē (ōōŕ çĥōōōōšēē 'Đēēçīīđēēđ ñōōţ ţōō šĥààŕēē')]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>choose the lawful basis</source>
            <translation>[çĥōōōōšēē ţĥēē ĺààŵƒŭŭĺ ƀààšīīš]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>items without the person's consent need vital interests, safeguarding or a legal duty as the lawful basis</source>
            <translation>[īīţēēɱš ŵīīţĥōōŭŭţ ţĥēē ƥēēŕšōōñ'š çōōñšēēñţ ñēēēēđ ʋīīţààĺ īīñţēēŕēēšţš, šààƒēēĝŭŭààŕđīīñĝ ōōŕ àà ĺēēĝààĺ đŭŭţŷ ààš ţĥēē ĺààŵƒŭŭĺ ƀààšīīš]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>give the reason</source>
            <translation>[ĝīīʋēē ţĥēē ŕēēààšōōñ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>choose the folder to save the card in</source>
            <translation>[çĥōōōōšēē ţĥēē ƒōōĺđēēŕ ţōō šààʋēē ţĥēē çààŕđ īīñ]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/share/dialog.py" line="-103" />
            <source>Share and issue a card</source>
            <translation>[Šĥààŕēē ààñđ īīššŭŭēē àà çààŕđ]</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Share need-to-know information</source>
            <translation>[Šĥààŕēē ñēēēēđ-ţōō-ķñōōŵ īīñƒōōŕɱààţīīōōñ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Share with:</source>
            <translation>[Šĥààŕēē ŵīīţĥ:]</translation>
        </message>
        <message>
            <location line="+26" />
            <source>What the card will say</source>
            <translation>[Ŵĥààţ ţĥēē çààŕđ ŵīīĺĺ šààŷ]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Preview of the card</source>
            <translation>[Ƥŕēēʋīīēēŵ ōōƒ ţĥēē çààŕđ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The QR code is made and signed when you issue the card; it carries the same items.</source>
            <translation>[Ţĥēē ɊŔ çōōđēē īīš ɱààđēē ààñđ šīīĝñēēđ ŵĥēēñ ŷōōŭŭ īīššŭŭēē ţĥēē çààŕđ; īīţ çààŕŕīīēēš ţĥēē šààɱēē īīţēēɱš.]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>What is still needed</source>
            <translation>[Ŵĥààţ īīš šţīīĺĺ ñēēēēđēēđ]</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+72" />
            <source>Issue card</source>
            <translation>[ĪĪššŭŭēē çààŕđ]</translation>
        </message>
        <message>
            <location line="-38" />
            <source>No card can be issued yet. {problems}</source>
            <translation>[Ñōō çààŕđ çààñ ƀēē īīššŭŭēēđ ŷēēţ. {problems}]</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Nothing will be shared with {who}.</source>
            <translation>[Ñōōţĥīīñĝ ŵīīĺĺ ƀēē šĥààŕēēđ ŵīīţĥ {who}.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record decision not to share</source>
            <translation>[Ŕēēçōōŕđ đēēçīīšīīōōñ ñōōţ ţōō šĥààŕēē]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>To issue the card: {needed}.</source>
            <translation>[Ţōō īīššŭŭēē ţĥēē çààŕđ: {needed}.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To record the decision: {needed}.</source>
            <translation>[Ţōō ŕēēçōōŕđ ţĥēē đēēçīīšīīōōñ: {needed}.]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>For: {who}</source>
            <translation>[Ƒōōŕ: {who}]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use: {restriction}</source>
            <translation>[ŬŬšēē: {restriction}]</translation>
        </message>
        <message>
            <location line="+5" />
            <source> (without consent)</source>
            <translation> [(ŵīīţĥōōŭŭţ çōōñšēēñţ)]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No items ticked.</source>
            <translation>[Ñōō īīţēēɱš ţīīçķēēđ.]</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Consent not recorded</source>
            <translation>[Çōōñšēēñţ ñōōţ ŕēēçōōŕđēēđ]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Withdraw the cards too?</source>
            <translation>[Ŵīīţĥđŕààŵ ţĥēē çààŕđš ţōōōō?]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} card(s) for {who} carry what the person no longer agrees to share, and still check as valid. Withdraw them now? Verifiers will show them as withdrawn once the next trust bundle is published (Records → Organisation and keys).</source>
            <translation>[{count} çààŕđ(š) ƒōōŕ {who} çààŕŕŷ ŵĥààţ ţĥēē ƥēēŕšōōñ ñōō ĺōōñĝēēŕ ààĝŕēēēēš ţōō šĥààŕēē, ààñđ šţīīĺĺ çĥēēçķ ààš ʋààĺīīđ. Ŵīīţĥđŕààŵ ţĥēēɱ ñōōŵ? Ʋēēŕīīƒīīēēŕš ŵīīĺĺ šĥōōŵ ţĥēēɱ ààš ŵīīţĥđŕààŵñ ōōñçēē ţĥēē ñēēχţ ţŕŭŭšţ ƀŭŭñđĺēē īīš ƥŭŭƀĺīīšĥēēđ (Ŕēēçōōŕđš → ŌŌŕĝààñīīšààţīīōōñ ààñđ ķēēŷš).]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Withdraw the cards</source>
            <translation>[Ŵīīţĥđŕààŵ ţĥēē çààŕđš]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent refusal recorded; {n} card(s) withdrawn.</source>
            <translation>[Çōōñšēēñţ ŕēēƒŭŭšààĺ ŕēēçōōŕđēēđ; {n} çààŕđ(š) ŵīīţĥđŕààŵñ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consent refusal recorded; {n} card(s) still valid.</source>
            <translation>[Çōōñšēēñţ ŕēēƒŭŭšààĺ ŕēēçōōŕđēēđ; {n} çààŕđ(š) šţīīĺĺ ʋààĺīīđ.]</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Card files not saved</source>
            <translation>[Çààŕđ ƒīīĺēēš ñōōţ šààʋēēđ]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The card was recorded, but its files could not be saved in the folder you chose ({kind}). Choose another folder and issue it again; the new card replaces this one.</source>
            <translation>[Ţĥēē çààŕđ ŵààš ŕēēçōōŕđēēđ, ƀŭŭţ īīţš ƒīīĺēēš çōōŭŭĺđ ñōōţ ƀēē šààʋēēđ īīñ ţĥēē ƒōōĺđēēŕ ŷōōŭŭ çĥōōšēē ({kind}). Çĥōōōōšēē ààñōōţĥēēŕ ƒōōĺđēēŕ ààñđ īīššŭŭēē īīţ ààĝààīīñ; ţĥēē ñēēŵ çààŕđ ŕēēƥĺààçēēš ţĥīīš ōōñēē.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Card issued for {who}.</source>
            <translation>[Çààŕđ īīššŭŭēēđ ƒōōŕ {who}.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The decision not to share with {who} is recorded.</source>
            <translation>[Ţĥēē đēēçīīšīīōōñ ñōōţ ţōō šĥààŕēē ŵīīţĥ {who} īīš ŕēēçōōŕđēēđ.]</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Plan past its review date</source>
            <translation>[Ƥĺààñ ƥààšţ īīţš ŕēēʋīīēēŵ đààţēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This plan was due for review on {date}. A card issued now is valid for {days} days at most.
Why issue a card before the review? (Recorded in the sharing ledger.)</source>
            <translation>[Ţĥīīš ƥĺààñ ŵààš đŭŭēē ƒōōŕ ŕēēʋīīēēŵ ōōñ {date}. ÀÀ çààŕđ īīššŭŭēēđ ñōōŵ īīš ʋààĺīīđ ƒōōŕ {days} đààŷš ààţ ɱōōšţ.
Ŵĥŷ īīššŭŭēē àà çààŕđ ƀēēƒōōŕēē ţĥēē ŕēēʋīīēēŵ? (Ŕēēçōōŕđēēđ īīñ ţĥēē šĥààŕīīñĝ ĺēēđĝēēŕ.)]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Print the wallet card</source>
            <translation>[Ƥŕīīñţ ţĥēē ŵààĺĺēēţ çààŕđ]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Print the A4 summary</source>
            <translation>[Ƥŕīīñţ ţĥēē ÀÀ4 šŭŭɱɱààŕŷ]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not printed</source>
            <translation>[Ñōōţ ƥŕīīñţēēđ]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Printed, but not recorded</source>
            <translation>[Ƥŕīīñţēēđ, ƀŭŭţ ñōōţ ŕēēçōōŕđēēđ]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/share/issued_panel.py" line="+36" />
            <source>What was recorded</source>
            <translation>[Ŵĥààţ ŵààš ŕēēçōōŕđēēđ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The card</source>
            <translation>[Ţĥēē çààŕđ]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>QR code of the card</source>
            <translation>[ɊŔ çōōđēē ōōƒ ţĥēē çààŕđ]</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <source>Files saved</source>
            <translation>[Ƒīīĺēēš šààʋēēđ]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print the wallet card…</source>
            <translation>[Ƥŕīīñţ ţĥēē ŵààĺĺēēţ çààŕđ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print the A4 summary…</source>
            <translation>[Ƥŕīīñţ ţĥēē ÀÀ4 šŭŭɱɱààŕŷ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder</source>
            <translation>[ŌŌƥēēñ ţĥēē ƒōōĺđēēŕ]</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Card issued for {who}</source>
            <translation>[Çààŕđ īīššŭŭēēđ ƒōōŕ {who}]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Valid until {day}. Plan version {version}. Card number {card}.</source>
            <translation>[Ʋààĺīīđ ŭŭñţīīĺ {day}. Ƥĺààñ ʋēēŕšīīōōñ {version}. Çààŕđ ñŭŭɱƀēēŕ {card}.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The plan's review date is close, so this card is valid for {n} day(s) only. Review the plan with the person and issue a new card.</source>
            <translation>[Ţĥēē ƥĺààñ'š ŕēēʋīīēēŵ đààţēē īīš çĺōōšēē, šōō ţĥīīš çààŕđ īīš ʋààĺīīđ ƒōōŕ {n} đààŷ(š) ōōñĺŷ. Ŕēēʋīīēēŵ ţĥēē ƥĺààñ ŵīīţĥ ţĥēē ƥēēŕšōōñ ààñđ īīššŭŭēē àà ñēēŵ çààŕđ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The card was shortened to fit its QR code: the A4 summary has everything shared.</source>
            <translation>[Ţĥēē çààŕđ ŵààš šĥōōŕţēēñēēđ ţōō ƒīīţ īīţš ɊŔ çōōđēē: ţĥēē ÀÀ4 šŭŭɱɱààŕŷ ĥààš ēēʋēēŕŷţĥīīñĝ šĥààŕēēđ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>It replaces {n} earlier card(s) for {who}; those now show as superseded.</source>
            <translation>[ĪĪţ ŕēēƥĺààçēēš {n} ēēààŕĺīīēēŕ çààŕđ(š) ƒōōŕ {who}; ţĥōōšēē ñōōŵ šĥōōŵ ààš šŭŭƥēēŕšēēđēēđ.]</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Wallet card, side {n}</source>
            <translation>[Ŵààĺĺēēţ çààŕđ, šīīđēē {n}]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Recorded: decided not to share with {who}</source>
            <translation>[Ŕēēçōōŕđēēđ: đēēçīīđēēđ ñōōţ ţōō šĥààŕēē ŵīīţĥ {who}]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing was shared. The decision and its reason are in the disclosure ledger:
{reason}</source>
            <translation>[Ñōōţĥīīñĝ ŵààš šĥààŕēēđ. Ţĥēē đēēçīīšīīōōñ ààñđ īīţš ŕēēààšōōñ ààŕēē īīñ ţĥēē đīīšçĺōōšŭŭŕēē ĺēēđĝēēŕ:
{reason}]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/share/items_panel.py" line="+54" />
            <source>Will be shared: the person agreed</source>
            <translation>[Ŵīīĺĺ ƀēē šĥààŕēēđ: ţĥēē ƥēēŕšōōñ ààĝŕēēēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Items the person agreed to share</source>
            <translation>[ĪĪţēēɱš ţĥēē ƥēēŕšōōñ ààĝŕēēēēđ ţōō šĥààŕēē]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Allowed by the protocol, but the person has not agreed</source>
            <translation>[ÀÀĺĺōōŵēēđ ƀŷ ţĥēē ƥŕōōţōōçōōĺ, ƀŭŭţ ţĥēē ƥēēŕšōōñ ĥààš ñōōţ ààĝŕēēēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Items without the person's consent</source>
            <translation>[ĪĪţēēɱš ŵīīţĥōōŭŭţ ţĥēē ƥēēŕšōōñ'š çōōñšēēñţ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record the person's consent…</source>
            <translation>[Ŕēēçōōŕđ ţĥēē ƥēēŕšōōñ'š çōōñšēēñţ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record the person's consent for this recipient</source>
            <translation>[Ŕēēçōōŕđ ţĥēē ƥēēŕšōōñ'š çōōñšēēñţ ƒōōŕ ţĥīīš ŕēēçīīƥīīēēñţ]</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Public service numbers: no consent needed</source>
            <translation>[Ƥŭŭƀĺīīç šēēŕʋīīçēē ñŭŭɱƀēēŕš: ñōō çōōñšēēñţ ñēēēēđēēđ]</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The person has not agreed to share anything with {who} yet. Record their consent, or tick items below and give a lawful basis other than consent.</source>
            <translation>[Ţĥēē ƥēēŕšōōñ ĥààš ñōōţ ààĝŕēēēēđ ţōō šĥààŕēē ààñŷţĥīīñĝ ŵīīţĥ {who} ŷēēţ. Ŕēēçōōŕđ ţĥēēīīŕ çōōñšēēñţ, ōōŕ ţīīçķ īīţēēɱš ƀēēĺōōŵ ààñđ ĝīīʋēē àà ĺààŵƒŭŭĺ ƀààšīīš ōōţĥēēŕ ţĥààñ çōōñšēēñţ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>None: the person agreed to every item.</source>
            <translation>[Ñōōñēē: ţĥēē ƥēēŕšōōñ ààĝŕēēēēđ ţōō ēēʋēēŕŷ īīţēēɱ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ticking one of these shares it WITHOUT the person's consent: choose vital interests, safeguarding or a legal duty as the lawful basis and give the reason.</source>
            <translation>[Ţīīçķīīñĝ ōōñēē ōōƒ ţĥēēšēē šĥààŕēēš īīţ ŴĪĪŢĤŌŌŬŬŢ ţĥēē ƥēēŕšōōñ'š çōōñšēēñţ: çĥōōōōšēē ʋīīţààĺ īīñţēēŕēēšţš, šààƒēēĝŭŭààŕđīīñĝ ōōŕ àà ĺēēĝààĺ đŭŭţŷ ààš ţĥēē ĺààŵƒŭŭĺ ƀààšīīš ààñđ ĝīīʋēē ţĥēē ŕēēààšōōñ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Never sent to {who} under the local protocol: {items}.</source>
            <translation>[Ñēēʋēēŕ šēēñţ ţōō {who} ŭŭñđēēŕ ţĥēē ĺōōçààĺ ƥŕōōţōōçōōĺ: {items}.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/share/printing.py" line="+32" />
            <source>The file could not be read for printing ({kind}). Check that it is still there, or issue the card again.</source>
            <translation>[Ţĥēē ƒīīĺēē çōōŭŭĺđ ñōōţ ƀēē ŕēēààđ ƒōōŕ ƥŕīīñţīīñĝ ({kind}). Çĥēēçķ ţĥààţ īīţ īīš šţīīĺĺ ţĥēēŕēē, ōōŕ īīššŭŭēē ţĥēē çààŕđ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The printer could not be started. Check that it is switched on and try again.</source>
            <translation>[Ţĥēē ƥŕīīñţēēŕ çōōŭŭĺđ ñōōţ ƀēē šţààŕţēēđ. Çĥēēçķ ţĥààţ īīţ īīš šŵīīţçĥēēđ ōōñ ààñđ ţŕŷ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/share/text.py" line="+20" />
            <source>The person agreed</source>
            <translation>[Ţĥēē ƥēēŕšōōñ ààĝŕēēēēđ]</translation>
        </message>
    </context>
    <context>
        <name>FhirDialog</name>
        <message>
            <location filename="../../crisisplan/ui/fhir_dialog.py" line="+43" />
            <source>FHIR exchange</source>
            <translation>[ƑĤĪĪŔ ēēχçĥààñĝēē]</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+10" />
            <source>Plan number</source>
            <translation>[Ƥĺààñ ñŭŭɱƀēēŕ]</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+8" />
            <source>FHIR server</source>
            <translation>[ƑĤĪĪŔ šēēŕʋēēŕ]</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Reason for sending</source>
            <translation>[Ŕēēààšōōñ ƒōōŕ šēēñđīīñĝ]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reason (goes in the ledger)</source>
            <translation>[Ŕēēààšōōñ (ĝōōēēš īīñ ţĥēē ĺēēđĝēēŕ)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export…</source>
            <translation>[&amp;ĒĒχƥōōŕţ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import…</source>
            <translation>[&amp;ĪĪɱƥōōŕţ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Send to server</source>
            <translation>[&amp;Šēēñđ ţōō šēēŕʋēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Retry waiting</source>
            <translation>[&amp;Ŕēēţŕŷ ŵààīīţīīñĝ]</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Export as FHIR</source>
            <translation>[ĒĒχƥōōŕţ ààš ƑĤĪĪŔ]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exported plan {id} to {name}.</source>
            <translation>[ĒĒχƥōōŕţēēđ ƥĺààñ {id} ţōō {name}.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a FHIR plan</source>
            <translation>[ĪĪɱƥōōŕţ àà ƑĤĪĪŔ ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Plan already here</source>
            <translation>[Ƥĺààñ ààĺŕēēààđŷ ĥēēŕēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source> Update the existing plan with this one? It becomes a new version; no duplicate is made.</source>
            <translation> [ŬŬƥđààţēē ţĥēē ēēχīīšţīīñĝ ƥĺààñ ŵīīţĥ ţĥīīš ōōñēē? ĪĪţ ƀēēçōōɱēēš àà ñēēŵ ʋēēŕšīīōōñ; ñōō đŭŭƥĺīīçààţēē īīš ɱààđēē.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Update the existing plan</source>
            <translation>[ŬŬƥđààţēē ţĥēē ēēχīīšţīīñĝ ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Updated plan {id} (version {v}).</source>
            <translation>[ŬŬƥđààţēēđ ƥĺààñ {id} (ʋēēŕšīīōōñ {v}).]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported as plan {id}.</source>
            <translation>[ĪĪɱƥōōŕţēēđ ààš ƥĺààñ {id}.]</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Sending the plan…</source>
            <translation>[Šēēñđīīñĝ ţĥēē ƥĺààñ…]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sending what was waiting…</source>
            <translation>[Šēēñđīīñĝ ŵĥààţ ŵààš ŵààīīţīīñĝ…]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing is waiting to be sent.</source>
            <translation>[Ñōōţĥīīñĝ īīš ŵààīīţīīñĝ ţōō ƀēē šēēñţ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not sent</source>
            <translation>[Ñōōţ šēēñţ]</translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <location filename="../../crisisplan/ui/wizard/organisation.py" line="+119" />
            <source>The store is ready</source>
            <translation>[Ţĥēē šţōōŕēē īīš ŕēēààđŷ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Summary</source>
            <translation>[Šŭŭɱɱààŕŷ]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The encrypted store is in {folder}.

The organisation's signing key ({kid}) is ready.

Next steps: add the other people who will use crisisplan (Records → Users), and make a first backup (Records → Backup and restore). Press Finish to start.</source>
            <translation>[Ţĥēē ēēñçŕŷƥţēēđ šţōōŕēē īīš īīñ {folder}.

Ţĥēē ōōŕĝààñīīšààţīīōōñ'š šīīĝñīīñĝ ķēēŷ ({kid}) īīš ŕēēààđŷ.

Ñēēχţ šţēēƥš: ààđđ ţĥēē ōōţĥēēŕ ƥēēōōƥĺēē ŵĥōō ŵīīĺĺ ŭŭšēē çŕīīšīīšƥĺààñ (Ŕēēçōōŕđš → ŬŬšēēŕš), ààñđ ɱààķēē àà ƒīīŕšţ ƀààçķŭŭƥ (Ŕēēçōōŕđš → Ɓààçķŭŭƥ ààñđ ŕēēšţōōŕēē). Ƥŕēēšš Ƒīīñīīšĥ ţōō šţààŕţ.]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Before the first card: {what}</source>
            <translation>[Ɓēēƒōōŕēē ţĥēē ƒīīŕšţ çààŕđ: {what}]</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../crisisplan/ui/wizard/first_run.py" line="+50" />
            <source>crisisplan — set up</source>
            <translation>[çŕīīšīīšƥĺààñ — šēēţ ŭŭƥ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set up crisisplan</source>
            <translation>[Šēēţ ŭŭƥ çŕīīšīīšƥĺààñ]</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Leave set-up?</source>
            <translation>[Ĺēēààʋēē šēēţ-ŭŭƥ?]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set-up is not finished. If you leave now, the organisation may have no name and the protocol may not be confirmed, and no card can be issued until an administrator finishes this in Records → Protocols. Leave set-up?</source>
            <translation>[Šēēţ-ŭŭƥ īīš ñōōţ ƒīīñīīšĥēēđ. ĪĪƒ ŷōōŭŭ ĺēēààʋēē ñōōŵ, ţĥēē ōōŕĝààñīīšààţīīōōñ ɱààŷ ĥààʋēē ñōō ñààɱēē ààñđ ţĥēē ƥŕōōţōōçōōĺ ɱààŷ ñōōţ ƀēē çōōñƒīīŕɱēēđ, ààñđ ñōō çààŕđ çààñ ƀēē īīššŭŭēēđ ŭŭñţīīĺ ààñ ààđɱīīñīīšţŕààţōōŕ ƒīīñīīšĥēēš ţĥīīš īīñ Ŕēēçōōŕđš → Ƥŕōōţōōçōōĺš. Ĺēēààʋēē šēēţ-ŭŭƥ?]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leave set-up</source>
            <translation>[Ĺēēààʋēē šēēţ-ŭŭƥ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Carry on setting up</source>
            <translation>[Çààŕŕŷ ōōñ šēēţţīīñĝ ŭŭƥ]</translation>
        </message>
    </context>
    <context>
        <name>KeysTab</name>
        <message>
            <location filename="../../crisisplan/ui/records/keys.py" line="+45" />
            <source>&amp;Save name</source>
            <translation>[&amp;Šààʋēē ñààɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Rotate the signing key…</source>
            <translation>[&amp;Ŕōōţààţēē ţĥēē šīīĝñīīñĝ ķēēŷ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export the trust bundle…</source>
            <translation>[&amp;ĒĒχƥōōŕţ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;voke the selected key…</source>
            <translation>[Ŕēē&amp;ʋōōķēē ţĥēē šēēĺēēçţēēđ ķēēŷ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Withdraw a card…</source>
            <translation>[&amp;Ŵīīţĥđŕààŵ àà çààŕđ…]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation trust root fingerprint</source>
            <translation>[ŌŌŕĝààñīīšààţīīōōñ ţŕŭŭšţ ŕōōōōţ ƒīīñĝēēŕƥŕīīñţ]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Organisation's name:</source>
            <translation>[&amp;ŌŌŕĝààñīīšààţīīōōñ'š ñààɱēē:]</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cards are signed with the organisation's key. Give the trust bundle to the services that check cards (police, ambulance, emergency department); export it again after rotating the key or withdrawing cards.</source>
            <translation>[Çààŕđš ààŕēē šīīĝñēēđ ŵīīţĥ ţĥēē ōōŕĝààñīīšààţīīōōñ'š ķēēŷ. Ĝīīʋēē ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ţōō ţĥēē šēēŕʋīīçēēš ţĥààţ çĥēēçķ çààŕđš (ƥōōĺīīçēē, ààɱƀŭŭĺààñçēē, ēēɱēēŕĝēēñçŷ đēēƥààŕţɱēēñţ); ēēχƥōōŕţ īīţ ààĝààīīñ ààƒţēēŕ ŕōōţààţīīñĝ ţĥēē ķēēŷ ōōŕ ŵīīţĥđŕààŵīīñĝ çààŕđš.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Signing keys</source>
            <translation>[Šīīĝñīīñĝ ķēēŷš]</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Organisation trust root fingerprint (printed on the trust bundle's cover sheet): {fp}</source>
            <translation>[ŌŌŕĝààñīīšààţīīōōñ ţŕŭŭšţ ŕōōōōţ ƒīīñĝēēŕƥŕīīñţ (ƥŕīīñţēēđ ōōñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē'š çōōʋēēŕ šĥēēēēţ): {fp}]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The organisation's name was saved. It is printed on cards issued from now on.</source>
            <translation>[Ţĥēē ōōŕĝààñīīšààţīīōōñ'š ñààɱēē ŵààš šààʋēēđ. ĪĪţ īīš ƥŕīīñţēēđ ōōñ çààŕđš īīššŭŭēēđ ƒŕōōɱ ñōōŵ ōōñ.]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A new signing key ({kid}) is in use. Cards signed with the old key still verify. Export the trust bundle again and give it to the services that check cards.</source>
            <translation>[ÀÀ ñēēŵ šīīĝñīīñĝ ķēēŷ ({kid}) īīš īīñ ŭŭšēē. Çààŕđš šīīĝñēēđ ŵīīţĥ ţĥēē ōōĺđ ķēēŷ šţīīĺĺ ʋēēŕīīƒŷ. ĒĒχƥōōŕţ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ààĝààīīñ ààñđ ĝīīʋēē īīţ ţōō ţĥēē šēēŕʋīīçēēš ţĥààţ çĥēēçķ çààŕđš.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rotate the signing key</source>
            <translation>[Ŕōōţààţēē ţĥēē šīīĝñīīñĝ ķēēŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make a new signing key and use it for every card issued from now on? Cards already issued stay valid.</source>
            <translation>[Ϻààķēē àà ñēēŵ šīīĝñīīñĝ ķēēŷ ààñđ ŭŭšēē īīţ ƒōōŕ ēēʋēēŕŷ çààŕđ īīššŭŭēēđ ƒŕōōɱ ñōōŵ ōōñ? Çààŕđš ààĺŕēēààđŷ īīššŭŭēēđ šţààŷ ʋààĺīīđ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rotate key</source>
            <translation>[&amp;Ŕōōţààţēē ķēēŷ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export the trust bundle into a folder</source>
            <translation>[ĒĒχƥōōŕţ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē īīñţōō àà ƒōōĺđēēŕ]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trust bundle number {n} ({count} key(s)) and its cover sheet were written to {path}. Print the cover sheet and give both to the services that check cards.</source>
            <translation>[Ţŕŭŭšţ ƀŭŭñđĺēē ñŭŭɱƀēēŕ {n} ({count} ķēēŷ(š)) ààñđ īīţš çōōʋēēŕ šĥēēēēţ ŵēēŕēē ŵŕīīţţēēñ ţōō {path}. Ƥŕīīñţ ţĥēē çōōʋēēŕ šĥēēēēţ ààñđ ĝīīʋēē ƀōōţĥ ţōō ţĥēē šēēŕʋīīçēēš ţĥààţ çĥēēçķ çààŕđš.]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select the key to revoke first.</source>
            <translation>[Šēēĺēēçţ ţĥēē ķēēŷ ţōō ŕēēʋōōķēē ƒīīŕšţ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Revoke a signing key</source>
            <translation>[Ŕēēʋōōķēē àà šīīĝñīīñĝ ķēēŷ]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Every card signed with key {kid} will fail verification once the new trust bundle is given out. Why is it being revoked?</source>
            <translation>[ĒĒʋēēŕŷ çààŕđ šīīĝñēēđ ŵīīţĥ ķēēŷ {kid} ŵīīĺĺ ƒààīīĺ ʋēēŕīīƒīīçààţīīōōñ ōōñçēē ţĥēē ñēēŵ ţŕŭŭšţ ƀŭŭñđĺēē īīš ĝīīʋēēñ ōōŭŭţ. Ŵĥŷ īīš īīţ ƀēēīīñĝ ŕēēʋōōķēēđ?]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Key {kid} is revoked. Export the trust bundle again, and re-issue the cards it signed.</source>
            <translation>[Ķēēŷ {kid} īīš ŕēēʋōōķēēđ. ĒĒχƥōōŕţ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ààĝààīīñ, ààñđ ŕēē-īīššŭŭēē ţĥēē çààŕđš īīţ šīīĝñēēđ.]</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+4" />
            <source>Withdraw a card</source>
            <translation>[Ŵīīţĥđŕààŵ àà çààŕđ]</translation>
        </message>
        <message>
            <location line="-4" />
            <source>The card's id (10 letters and digits, printed on the card and in the ledger):</source>
            <translation>[Ţĥēē çààŕđ'š īīđ (10 ĺēēţţēēŕš ààñđ đīīĝīīţš, ƥŕīīñţēēđ ōōñ ţĥēē çààŕđ ààñđ īīñ ţĥēē ĺēēđĝēēŕ):]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Why is card {card} being withdrawn?</source>
            <translation>[Ŵĥŷ īīš çààŕđ {card} ƀēēīīñĝ ŵīīţĥđŕààŵñ?]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Card {card} is withdrawn. Export the trust bundle again so verifiers say so.</source>
            <translation>[Çààŕđ {card} īīš ŵīīţĥđŕààŵñ. ĒĒχƥōōŕţ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ààĝààīīñ šōō ʋēēŕīīƒīīēēŕš šààŷ šōō.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That card was already withdrawn.</source>
            <translation>[Ţĥààţ çààŕđ ŵààš ààĺŕēēààđŷ ŵīīţĥđŕààŵñ.]</translation>
        </message>
    </context>
    <context>
        <name>LedgerTab</name>
        <message>
            <location filename="../../crisisplan/ui/records/ledger.py" line="+58" />
            <source>&amp;Show ledger</source>
            <translation>[&amp;Šĥōōŵ ĺēēđĝēēŕ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name, NHS number or date of birth</source>
            <translation>[Ñààɱēē, ÑĤŠ ñŭŭɱƀēēŕ ōōŕ đààţēē ōōƒ ƀīīŕţĥ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>People found</source>
            <translation>[Ƥēēōōƥĺēē ƒōōŭŭñđ]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>P&amp;erson:</source>
            <translation>[Ƥ&amp;ēēŕšōōñ:]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Plan number:</source>
            <translation>[&amp;Ƥĺààñ ñŭŭɱƀēēŕ:]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every disclosure from a plan: which version, which items, to whom, when and on what basis, including decisions not to share. It can be reported to the person.</source>
            <translation>[ĒĒʋēēŕŷ đīīšçĺōōšŭŭŕēē ƒŕōōɱ àà ƥĺààñ: ŵĥīīçĥ ʋēēŕšīīōōñ, ŵĥīīçĥ īīţēēɱš, ţōō ŵĥōōɱ, ŵĥēēñ ààñđ ōōñ ŵĥààţ ƀààšīīš, īīñçĺŭŭđīīñĝ đēēçīīšīīōōñš ñōōţ ţōō šĥààŕēē. ĪĪţ çààñ ƀēē ŕēēƥōōŕţēēđ ţōō ţĥēē ƥēēŕšōōñ.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Disclosure ledger</source>
            <translation>[Đīīšçĺōōšŭŭŕēē ĺēēđĝēēŕ]</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{name}{born} (plan {id})</source>
            <translation>[{name}{born} (ƥĺààñ {id})]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no name</source>
            <translation>[ñōō ñààɱēē]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nobody matches.</source>
            <translation>[Ñōōƀōōđŷ ɱààţçĥēēš.]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Ledger for {who}</source>
            <translation>[Ĺēēđĝēēŕ ƒōōŕ {who}]</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Nothing has been shared from plan {plan} yet.</source>
            <translation>[Ñōōţĥīīñĝ ĥààš ƀēēēēñ šĥààŕēēđ ƒŕōōɱ ƥĺààñ {plan} ŷēēţ.]</translation>
        </message>
    </context>
    <context>
        <name>LocationPage</name>
        <message>
            <location filename="../../crisisplan/ui/wizard/first_run.py" line="+16" />
            <source>Where to keep the store</source>
            <translation>[Ŵĥēēŕēē ţōō ķēēēēƥ ţĥēē šţōōŕēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>crisisplan keeps every plan in one encrypted store on this computer.</source>
            <translation>[çŕīīšīīšƥĺààñ ķēēēēƥš ēēʋēēŕŷ ƥĺààñ īīñ ōōñēē ēēñçŕŷƥţēēđ šţōōŕēē ōōñ ţĥīīš çōōɱƥŭŭţēēŕ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;hoose folder…</source>
            <translation>[Ç&amp;ĥōōōōšēē ƒōōĺđēēŕ…]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The suggested folder is right for most computers. Choose another folder only if your organisation tells you to (for example a folder that is backed up). The store is encrypted: nobody can read it without a passphrase or the recovery key.</source>
            <translation>[Ţĥēē šŭŭĝĝēēšţēēđ ƒōōĺđēēŕ īīš ŕīīĝĥţ ƒōōŕ ɱōōšţ çōōɱƥŭŭţēēŕš. Çĥōōōōšēē ààñōōţĥēēŕ ƒōōĺđēēŕ ōōñĺŷ īīƒ ŷōōŭŭŕ ōōŕĝààñīīšààţīīōōñ ţēēĺĺš ŷōōŭŭ ţōō (ƒōōŕ ēēχààɱƥĺēē àà ƒōōĺđēēŕ ţĥààţ īīš ƀààçķēēđ ŭŭƥ). Ţĥēē šţōōŕēē īīš ēēñçŕŷƥţēēđ: ñōōƀōōđŷ çààñ ŕēēààđ īīţ ŵīīţĥōōŭŭţ àà ƥààššƥĥŕààšēē ōōŕ ţĥēē ŕēēçōōʋēēŕŷ ķēēŷ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Store &amp;folder:</source>
            <translation>[Šţōōŕēē &amp;ƒōōĺđēēŕ:]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose the store folder</source>
            <translation>[Çĥōōōōšēē ţĥēē šţōōŕēē ƒōōĺđēēŕ]</translation>
        </message>
        <message>
            <location line="+19" />
            <source>crisisplan cannot write to that folder. Choose a folder you may write to.</source>
            <translation>[çŕīīšīīšƥĺààñ çààññōōţ ŵŕīīţēē ţōō ţĥààţ ƒōōĺđēēŕ. Çĥōōōōšēē àà ƒōōĺđēēŕ ŷōōŭŭ ɱààŷ ŵŕīīţēē ţōō.]</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../crisisplan/ui/actions.py" line="+61" />
            <source>&amp;Lock</source>
            <translation>[&amp;Ĺōōçķ]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lock crisisplan now</source>
            <translation>[Ĺōōçķ çŕīīšīīšƥĺààñ ñōōŵ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quick &amp;hide</source>
            <translation>[Ɋŭŭīīçķ &amp;ĥīīđēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blank the window at once (or press Esc twice)</source>
            <translation>[Ɓĺààñķ ţĥēē ŵīīñđōōŵ ààţ ōōñçēē (ōōŕ ƥŕēēšš ĒĒšç ţŵīīçēē)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;witch user</source>
            <translation>[Š&amp;ŵīīţçĥ ŭŭšēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign out and let someone else sign in</source>
            <translation>[Šīīĝñ ōōŭŭţ ààñđ ĺēēţ šōōɱēēōōñēē ēēĺšēē šīīĝñ īīñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New plan</source>
            <translation>[&amp;Ñēēŵ ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start a new crisis plan</source>
            <translation>[Šţààŕţ àà ñēēŵ çŕīīšīīš ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Verify a card…</source>
            <translation>[&amp;Ʋēēŕīīƒŷ àà çààŕđ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check a crisis card offline</source>
            <translation>[Çĥēēçķ àà çŕīīšīīš çààŕđ ōōƒƒĺīīñēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Records</source>
            <translation>[&amp;Ŕēēçōōŕđš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit log, ledger, users, protocols, backups</source>
            <translation>[ÀÀŭŭđīīţ ĺōōĝ, ĺēēđĝēēŕ, ŭŭšēēŕš, ƥŕōōţōōçōōĺš, ƀààçķŭŭƥš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change my &amp;passphrase…</source>
            <translation>[Çĥààñĝēē ɱŷ &amp;ƥààššƥĥŕààšēē…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a new passphrase</source>
            <translation>[Çĥōōōōšēē àà ñēēŵ ƥààššƥĥŕààšēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Settings…</source>
            <translation>[&amp;Šēēţţīīñĝš…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Idle lock time and display language</source>
            <translation>[ĪĪđĺēē ĺōōçķ ţīīɱēē ààñđ đīīšƥĺààŷ ĺààñĝŭŭààĝēē]</translation>
        </message>
        <message>
            <source>Idle lock time</source>
            <translation type="vanished">[ĪĪđĺēē ĺōōçķ ţīīɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>[&amp;Ɋŭŭīīţ]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Close crisisplan</source>
            <translation>[Çĺōōšēē çŕīīšīīšƥĺààñ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Session</source>
            <translation>[&amp;Šēēššīīōōñ]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Plans</source>
            <translation>[&amp;Ƥĺààñš]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Tools</source>
            <translation>[&amp;Ţōōōōĺš]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;FHIR exchange…</source>
            <translation>[&amp;ƑĤĪĪŔ ēēχçĥààñĝēē…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone verifier for responders…</source>
            <translation>[&amp;Ƥĥōōñēē ʋēēŕīīƒīīēēŕ ƒōōŕ ŕēēšƥōōñđēēŕš…]</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Main toolbar</source>
            <translation>[Ϻààīīñ ţōōōōĺƀààŕ]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/quit_prompt.py" line="+16" />
            <source>Unsaved changes</source>
            <translation>[ŬŬñšààʋēēđ çĥààñĝēēš]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1 open plan has changes that are not saved.</source>
            <translation>[1 ōōƥēēñ ƥĺààñ ĥààš çĥààñĝēēš ţĥààţ ààŕēē ñōōţ šààʋēēđ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{n} open plans have changes that are not saved.</source>
            <translation>[{n} ōōƥēēñ ƥĺààñš ĥààʋēē çĥààñĝēēš ţĥààţ ààŕēē ñōōţ šààʋēēđ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit and keep the changes as encrypted drafts (they are offered again when you next open the plan), or go back and save?</source>
            <translation>[Ɋŭŭīīţ ààñđ ķēēēēƥ ţĥēē çĥààñĝēēš ààš ēēñçŕŷƥţēēđ đŕààƒţš (ţĥēēŷ ààŕēē ōōƒƒēēŕēēđ ààĝààīīñ ŵĥēēñ ŷōōŭŭ ñēēχţ ōōƥēēñ ţĥēē ƥĺààñ), ōōŕ ĝōō ƀààçķ ààñđ šààʋēē?]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep as drafts and quit</source>
            <translation>[Ķēēēēƥ ààš đŕààƒţš ààñđ ɋŭŭīīţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go back</source>
            <translation>[Ĝōō ƀààçķ]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/shell.py" line="+49" />
            <source>crisisplan — demo</source>
            <translation>[çŕīīšīīšƥĺààñ — đēēɱōō]</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>crisisplan</source>
            <translation>[çŕīīšīīšƥĺààñ]</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Check this store</source>
            <translation>[Çĥēēçķ ţĥīīš šţōōŕēē]</translation>
        </message>
        <message>
            <location line="+41" />
            <source>crisisplan is locked. Sign in to continue.</source>
            <translation>[çŕīīšīīšƥĺààñ īīš ĺōōçķēēđ. Šīīĝñ īīñ ţōō çōōñţīīñŭŭēē.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A draft could not be kept: {problem}</source>
            <translation>[ÀÀ đŕààƒţ çōōŭŭĺđ ñōōţ ƀēē ķēēƥţ: {problem}]</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Signed out. The next person can sign in.</source>
            <translation>[Šīīĝñēēđ ōōŭŭţ. Ţĥēē ñēēχţ ƥēēŕšōōñ çààñ šīīĝñ īīñ.]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>crisisplan locked itself after 1 minute without use.</source>
            <translation>[çŕīīšīīšƥĺààñ ĺōōçķēēđ īīţšēēĺƒ ààƒţēēŕ 1 ɱīīñŭŭţēē ŵīīţĥōōŭŭţ ŭŭšēē.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>crisisplan locked itself after {n} minutes without use.</source>
            <translation>[çŕīīšīīšƥĺààñ ĺōōçķēēđ īīţšēēĺƒ ààƒţēēŕ {n} ɱīīñŭŭţēēš ŵīīţĥōōŭŭţ ŭŭšēē.]</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Please wait</source>
            <translation>[Ƥĺēēààšēē ŵààīīţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>crisisplan is still working. Wait until it has finished, then close it.</source>
            <translation>[çŕīīšīīšƥĺààñ īīš šţīīĺĺ ŵōōŕķīīñĝ. Ŵààīīţ ŭŭñţīīĺ īīţ ĥààš ƒīīñīīšĥēēđ, ţĥēēñ çĺōōšēē īīţ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/window_dialogs.py" line="+56" />
            <source>Passphrase</source>
            <translation>[Ƥààššƥĥŕààšēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your passphrase was changed. Use the new one next time you sign in.</source>
            <translation>[Ŷōōŭŭŕ ƥààššƥĥŕààšēē ŵààš çĥààñĝēēđ. ŬŬšēē ţĥēē ñēēŵ ōōñēē ñēēχţ ţīīɱēē ŷōōŭŭ šīīĝñ īīñ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source> The store's keys were changed too: a copy of the old key file with the old passphrase opens nothing stored from now on.</source>
            <translation> [Ţĥēē šţōōŕēē'š ķēēŷš ŵēēŕēē çĥààñĝēēđ ţōōōō: àà çōōƥŷ ōōƒ ţĥēē ōōĺđ ķēēŷ ƒīīĺēē ŵīīţĥ ţĥēē ōōĺđ ƥààššƥĥŕààšēē ōōƥēēñš ñōōţĥīīñĝ šţōōŕēēđ ƒŕōōɱ ñōōŵ ōōñ.]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Changing your passphrase…</source>
            <translation>[Çĥààñĝīīñĝ ŷōōŭŭŕ ƥààššƥĥŕààšēē…]</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Restoring from a backup…</source>
            <translation>[Ŕēēšţōōŕīīñĝ ƒŕōōɱ àà ƀààçķŭŭƥ…]</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The store was restored from the backup made {when} ({plans} plan(s)). Sign in with a username and passphrase from the backup.</source>
            <translation>[Ţĥēē šţōōŕēē ŵààš ŕēēšţōōŕēēđ ƒŕōōɱ ţĥēē ƀààçķŭŭƥ ɱààđēē {when} ({plans} ƥĺààñ(š)). Šīīĝñ īīñ ŵīīţĥ àà ŭŭšēēŕñààɱēē ààñđ ƥààššƥĥŕààšēē ƒŕōōɱ ţĥēē ƀààçķŭŭƥ.]</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <location filename="../../crisisplan/ui/widgets.py" line="+71" />
            <source>Message</source>
            <translation>[Ϻēēššààĝēē]</translation>
        </message>
    </context>
    <context>
        <name>PartnersTab</name>
        <message>
            <location filename="../../crisisplan/ui/records/partners.py" line="+49" />
            <source>&amp;Add a partner organisation…</source>
            <translation>[&amp;ÀÀđđ àà ƥààŕţñēēŕ ōōŕĝààñīīšààţīīōōñ…]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only the information-governance lead adds partners.</source>
            <translation>[ŌŌñĺŷ ţĥēē īīñƒōōŕɱààţīīōōñ-ĝōōʋēēŕñààñçēē ĺēēààđ ààđđš ƥààŕţñēēŕš.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cards issued by these organisations are accepted by your verifiers: their active keys go into your next trust bundle. Check each fingerprint against the partner's printed cover sheet.</source>
            <translation>[Çààŕđš īīššŭŭēēđ ƀŷ ţĥēēšēē ōōŕĝààñīīšààţīīōōñš ààŕēē ààççēēƥţēēđ ƀŷ ŷōōŭŭŕ ʋēēŕīīƒīīēēŕš: ţĥēēīīŕ ààçţīīʋēē ķēēŷš ĝōō īīñţōō ŷōōŭŭŕ ñēēχţ ţŕŭŭšţ ƀŭŭñđĺēē. Çĥēēçķ ēēààçĥ ƒīīñĝēēŕƥŕīīñţ ààĝààīīñšţ ţĥēē ƥààŕţñēēŕ'š ƥŕīīñţēēđ çōōʋēēŕ šĥēēēēţ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Partner organisations</source>
            <translation>[Ƥààŕţñēēŕ ōōŕĝààñīīšààţīīōōñš]</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+4" />
            <source>Add a partner organisation</source>
            <translation>[ÀÀđđ àà ƥààŕţñēēŕ ōōŕĝààñīīšààţīīōōñ]</translation>
        </message>
        <message>
            <location line="-3" />
            <source>The partner organisation's name:</source>
            <translation>[Ţĥēē ƥààŕţñēēŕ ōōŕĝààñīīšààţīīōōñ'š ñààɱēē:]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Its trust root fingerprint, exactly as printed on its cover sheet (64 characters):</source>
            <translation>[ĪĪţš ţŕŭŭšţ ŕōōōōţ ƒīīñĝēēŕƥŕīīñţ, ēēχààçţĺŷ ààš ƥŕīīñţēēđ ōōñ īīţš çōōʋēēŕ šĥēēēēţ (64 çĥààŕààçţēēŕš):]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The partner's trust bundle</source>
            <translation>[Ţĥēē ƥààŕţñēēŕ'š ţŕŭŭšţ ƀŭŭñđĺēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trust bundle (*.json)</source>
            <translation>[Ţŕŭŭšţ ƀŭŭñđĺēē (*.ĵšōōñ)]</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{name} added: its cards are accepted once you export your trust bundle again (Organisation and keys).</source>
            <translation>[{name} ààđđēēđ: īīţš çààŕđš ààŕēē ààççēēƥţēēđ ōōñçēē ŷōōŭŭ ēēχƥōōŕţ ŷōōŭŭŕ ţŕŭŭšţ ƀŭŭñđĺēē ààĝààīīñ (ŌŌŕĝààñīīšààţīīōōñ ààñđ ķēēŷš).]</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../crisisplan/ui/records/user_dialogs.py" line="+20" />
            <source>New passphrase for {user}</source>
            <translation>[Ñēēŵ ƥààššƥĥŕààšēē ƒōōŕ {user}]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New passphrase</source>
            <translation>[Ñēēŵ ƥààššƥĥŕààšēē]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Someone else may &amp;know the old passphrase: change the store's keys too</source>
            <translation>[Šōōɱēēōōñēē ēēĺšēē ɱààŷ &amp;ķñōōŵ ţĥēē ōōĺđ ƥààššƥĥŕààšēē: çĥààñĝēē ţĥēē šţōōŕēē'š ķēēŷš ţōōōō]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change the store's keys too</source>
            <translation>[Çĥààñĝēē ţĥēē šţōōŕēē'š ķēēŷš ţōōōō]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tick this if the old passphrase was written down, shared or seen, or a copy of the data folder went missing. Every key the old passphrase opened is replaced and everything is re-encrypted (a few minutes on a large store); everyone else signs in as before. Close the store in any other window first.</source>
            <translation>[Ţīīçķ ţĥīīš īīƒ ţĥēē ōōĺđ ƥààššƥĥŕààšēē ŵààš ŵŕīīţţēēñ đōōŵñ, šĥààŕēēđ ōōŕ šēēēēñ, ōōŕ àà çōōƥŷ ōōƒ ţĥēē đààţàà ƒōōĺđēēŕ ŵēēñţ ɱīīššīīñĝ. ĒĒʋēēŕŷ ķēēŷ ţĥēē ōōĺđ ƥààššƥĥŕààšēē ōōƥēēñēēđ īīš ŕēēƥĺààçēēđ ààñđ ēēʋēēŕŷţĥīīñĝ īīš ŕēē-ēēñçŕŷƥţēēđ (àà ƒēēŵ ɱīīñŭŭţēēš ōōñ àà ĺààŕĝēē šţōōŕēē); ēēʋēēŕŷōōñēē ēēĺšēē šīīĝñš īīñ ààš ƀēēƒōōŕēē. Çĺōōšēē ţĥēē šţōōŕēē īīñ ààñŷ ōōţĥēēŕ ŵīīñđōōŵ ƒīīŕšţ.]</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <location line="-65" />
            <source>&amp;Passphrase:</source>
            <translation>[&amp;Ƥààššƥĥŕààšēē:]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat passphrase:</source>
            <translation>[&amp;Ŕēēƥēēààţ ƥààššƥĥŕààšēē:]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That passphrase is too easy to guess (a common password, a name or a pattern). Choose three or four unrelated words.</source>
            <translation>[Ţĥààţ ƥààššƥĥŕààšēē īīš ţōōōō ēēààšŷ ţōō ĝŭŭēēšš (àà çōōɱɱōōñ ƥààššŵōōŕđ, àà ñààɱēē ōōŕ àà ƥààţţēēŕñ). Çĥōōōōšēē ţĥŕēēēē ōōŕ ƒōōŭŭŕ ŭŭñŕēēĺààţēēđ ŵōōŕđš.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a passphrase of at least 10 characters; a few unrelated words work well.</source>
            <translation>[Çĥōōōōšēē àà ƥààššƥĥŕààšēē ōōƒ ààţ ĺēēààšţ 10 çĥààŕààçţēēŕš; àà ƒēēŵ ŭŭñŕēēĺààţēēđ ŵōōŕđš ŵōōŕķ ŵēēĺĺ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two passphrases are not the same.</source>
            <translation>[Ţĥēē ţŵōō ƥààššƥĥŕààšēēš ààŕēē ñōōţ ţĥēē šààɱēē.]</translation>
        </message>
    </context>
    <context>
        <name>PlanListPage</name>
        <message>
            <location filename="../../crisisplan/ui/plans/page.py" line="+63" />
            <source>Name, NHS number, date of birth, postcode or any words</source>
            <translation>[Ñààɱēē, ÑĤŠ ñŭŭɱƀēēŕ, đààţēē ōōƒ ƀīīŕţĥ, ƥōōšţçōōđēē ōōŕ ààñŷ ŵōōŕđš]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search plans</source>
            <translation>[Šēēààŕçĥ ƥĺààñš]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show which plans</source>
            <translation>[Šĥōōŵ ŵĥīīçĥ ƥĺààñš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All plans</source>
            <translation>[ÀÀĺĺ ƥĺààñš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review due or overdue</source>
            <translation>[Ŕēēʋīīēēŵ đŭŭēē ōōŕ ōōʋēēŕđŭŭēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review overdue</source>
            <translation>[Ŕēēʋīīēēŵ ōōʋēēŕđŭŭēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drafts</source>
            <translation>[Đŕààƒţš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card past its review date</source>
            <translation>[Çààŕđ ƥààšţ īīţš ŕēēʋīīēēŵ đààţēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No consent recorded</source>
            <translation>[Ñōō çōōñšēēñţ ŕēēçōōŕđēēđ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>With my unsaved changes</source>
            <translation>[Ŵīīţĥ ɱŷ ŭŭñšààʋēēđ çĥààñĝēēš]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sort plans by</source>
            <translation>[Šōōŕţ ƥĺààñš ƀŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>[Ñààɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review date</source>
            <translation>[Ŕēēʋīīēēŵ đààţēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last saved</source>
            <translation>[Ĺààšţ šààʋēēđ]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Number of plans</source>
            <translation>[Ñŭŭɱƀēēŕ ōōƒ ƥĺààñš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open plan</source>
            <translation>[&amp;ŌŌƥēēñ ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New plan</source>
            <translation>[&amp;Ñēēŵ ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;hare or issue card…</source>
            <translation>[Š&amp;ĥààŕēē ōōŕ īīššŭŭēē çààŕđ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Person's cop&amp;y</source>
            <translation>[Ƥēēŕšōōñ'š çōōƥ&amp;ŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the person's own plain-language copy of their plan as a PDF</source>
            <translation>[Šààʋēē ţĥēē ƥēēŕšōōñ'š ōōŵñ ƥĺààīīñ-ĺààñĝŭŭààĝēē çōōƥŷ ōōƒ ţĥēēīīŕ ƥĺààñ ààš àà ƤĐƑ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sharing recor&amp;d</source>
            <translation>[Šĥààŕīīñĝ ŕēēçōōŕ&amp;đ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was shared from this person's plan, with whom and why</source>
            <translation>[Ŵĥààţ ŵààš šĥààŕēēđ ƒŕōōɱ ţĥīīš ƥēēŕšōōñ'š ƥĺààñ, ŵīīţĥ ŵĥōōɱ ààñđ ŵĥŷ]</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Plans</source>
            <translation>[Ƥĺààñš]</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Crisis plans</source>
            <translation>[Çŕīīšīīš ƥĺààñš]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Se&amp;arch:</source>
            <translation>[Šēē&amp;ààŕçĥ:]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sho&amp;w:</source>
            <translation>[Šĥōō&amp;ŵ:]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>So&amp;rt by:</source>
            <translation>[Šōō&amp;ŕţ ƀŷ:]</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Your role does not open plans</source>
            <translation>[Ŷōōŭŭŕ ŕōōĺēē đōōēēš ñōōţ ōōƥēēñ ƥĺààñš]</translation>
        </message>
        <message>
            <location line="+56" />
            <source>No plans match.</source>
            <translation>[Ñōō ƥĺààñš ɱààţçĥ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No plans yet.</source>
            <translation>[Ñōō ƥĺààñš ŷēēţ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Showing {shown} of {total} plans (scroll for more)</source>
            <translation>[Šĥōōŵīīñĝ {shown} ōōƒ {total} ƥĺààñš (šçŕōōĺĺ ƒōōŕ ɱōōŕēē)]</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n plan(s)</source>
            <translation>
                <numerusform>[%n ƥĺààñ(š)]</numerusform>
                <numerusform>[%n ƥĺààñ(š)]</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+12" />
            <location line="+7" />
            <source>Choose a plan in the list first.</source>
            <translation>[Çĥōōōōšēē àà ƥĺààñ īīñ ţĥēē ĺīīšţ ƒīīŕšţ.]</translation>
        </message>
    </context>
    <context>
        <name>PlanTableModel</name>
        <message>
            <location filename="../../crisisplan/ui/plans/model.py" line="+52" />
            <source>Name</source>
            <translation>[Ñààɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NHS number</source>
            <translation>[ÑĤŠ ñŭŭɱƀēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>[Đààţēē ōōƒ ƀīīŕţĥ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postcode</source>
            <translation>[Ƥōōšţçōōđēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review by</source>
            <translation>[Ŕēēʋīīēēŵ ƀŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>[Šţààţŭŭš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Version</source>
            <translation>[Ʋēēŕšīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last saved</source>
            <translation>[Ĺààšţ šààʋēēđ]</translation>
        </message>
        <message>
            <location line="+145" />
            <source>Click to sort by this column</source>
            <translation>[Çĺīīçķ ţōō šōōŕţ ƀŷ ţĥīīš çōōĺŭŭɱñ]</translation>
        </message>
    </context>
    <context>
        <name>ProtocolPage</name>
        <message>
            <location filename="../../crisisplan/ui/wizard/organisation.py" line="-115" />
            <source>Your local protocol and organisation</source>
            <translation>[Ŷōōŭŭŕ ĺōōçààĺ ƥŕōōţōōçōōĺ ààñđ ōōŕĝààñīīšààţīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The local information-sharing protocol says who may see what in a crisis.</source>
            <translation>[Ţĥēē ĺōōçààĺ īīñƒōōŕɱààţīīōōñ-šĥààŕīīñĝ ƥŕōōţōōçōōĺ šààŷš ŵĥōō ɱààŷ šēēēē ŵĥààţ īīñ àà çŕīīšīīš.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>About the chosen protocol</source>
            <translation>[ÀÀƀōōŭŭţ ţĥēē çĥōōšēēñ ƥŕōōţōōçōōĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have checked this SAMPLE protocol with our information-governance lead: its recipients, items and 24-hour numbers match our local agreement</source>
            <translation>[ĪĪ ĥààʋēē çĥēēçķēēđ ţĥīīš ŠÀÀϺƤĹĒĒ ƥŕōōţōōçōōĺ ŵīīţĥ ōōŭŭŕ īīñƒōōŕɱààţīīōōñ-ĝōōʋēēŕñààñçēē ĺēēààđ: īīţš ŕēēçīīƥīīēēñţš, īīţēēɱš ààñđ 24-ĥōōŭŭŕ ñŭŭɱƀēēŕš ɱààţçĥ ōōŭŭŕ ĺōōçààĺ ààĝŕēēēēɱēēñţ]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>For example: Riverside Medical Practice</source>
            <translation>[Ƒōōŕ ēēχààɱƥĺēē: Ŕīīʋēēŕšīīđēē Ϻēēđīīçààĺ Ƥŕààçţīīçēē]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Local &amp;protocol:</source>
            <translation>[Ĺōōçààĺ &amp;ƥŕōōţōōçōōĺ:]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Organisation's name:</source>
            <translation>[&amp;ŌŌŕĝààñīīšààţīīōōñ'š ñààɱēē:]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The organisation's name is printed on every card as its issuer. A signing key is created for the organisation now; cards are signed with it so that police, ambulance and emergency department staff can check them offline.</source>
            <translation>[Ţĥēē ōōŕĝààñīīšààţīīōōñ'š ñààɱēē īīš ƥŕīīñţēēđ ōōñ ēēʋēēŕŷ çààŕđ ààš īīţš īīššŭŭēēŕ. ÀÀ šīīĝñīīñĝ ķēēŷ īīš çŕēēààţēēđ ƒōōŕ ţĥēē ōōŕĝààñīīšààţīīōōñ ñōōŵ; çààŕđš ààŕēē šīīĝñēēđ ŵīīţĥ īīţ šōō ţĥààţ ƥōōĺīīçēē, ààɱƀŭŭĺààñçēē ààñđ ēēɱēēŕĝēēñçŷ đēēƥààŕţɱēēñţ šţààƒƒ çààñ çĥēēçķ ţĥēēɱ ōōƒƒĺīīñēē.]</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{area} (SAMPLE)</source>
            <translation>[{area} (ŠÀÀϺƤĹĒĒ)]</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{area} (version {version}, review by {review}).
Partners: {partners}
Recipients: {recipients}
Cards stay valid for {days} days.</source>
            <translation>[{area} (ʋēēŕšīīōōñ {version}, ŕēēʋīīēēŵ ƀŷ {review}).
Ƥààŕţñēēŕš: {partners}
Ŕēēçīīƥīīēēñţš: {recipients}
Çààŕđš šţààŷ ʋààĺīīđ ƒōōŕ {days} đààŷš.]</translation>
        </message>
    </context>
    <context>
        <name>ProtocolsTab</name>
        <message>
            <location filename="../../crisisplan/ui/records/protocols.py" line="+40" />
            <source>&amp;Use this protocol</source>
            <translation>[&amp;ŬŬšēē ţĥīīš ƥŕōōţōōçōōĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import a protocol file…</source>
            <translation>[&amp;ĪĪɱƥōōŕţ àà ƥŕōōţōōçōōĺ ƒīīĺēē…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Confirm this SAMPLE protocol…</source>
            <translation>[&amp;Çōōñƒīīŕɱ ţĥīīš ŠÀÀϺƤĹĒĒ ƥŕōōţōōçōōĺ…]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For example: Riverside Medical Practice</source>
            <translation>[Ƒōōŕ ēēχààɱƥĺēē: Ŕīīʋēēŕšīīđēē Ϻēēđīīçààĺ Ƥŕààçţīīçēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set the &amp;name</source>
            <translation>[Šēēţ ţĥēē &amp;ñààɱēē]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Or&amp;ganisation's name (printed on every card):</source>
            <translation>[ŌŌŕ&amp;ĝààñīīšààţīīōōñ'š ñààɱēē (ƥŕīīñţēēđ ōōñ ēēʋēēŕŷ çààŕđ):]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Recipients, items and 24-hour numbers of the chosen protocol</source>
            <translation>[Ŕēēçīīƥīīēēñţš, īīţēēɱš ààñđ 24-ĥōōŭŭŕ ñŭŭɱƀēēŕš ōōƒ ţĥēē çĥōōšēēñ ƥŕōōţōōçōōĺ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The local information-sharing protocol decides which items each recipient may receive by default, the 24-hour numbers on cards and how long a card stays valid. The person's consent decides what is finally shared.</source>
            <translation>[Ţĥēē ĺōōçààĺ īīñƒōōŕɱààţīīōōñ-šĥààŕīīñĝ ƥŕōōţōōçōōĺ đēēçīīđēēš ŵĥīīçĥ īīţēēɱš ēēààçĥ ŕēēçīīƥīīēēñţ ɱààŷ ŕēēçēēīīʋēē ƀŷ đēēƒààŭŭĺţ, ţĥēē 24-ĥōōŭŭŕ ñŭŭɱƀēēŕš ōōñ çààŕđš ààñđ ĥōōŵ ĺōōñĝ àà çààŕđ šţààŷš ʋààĺīīđ. Ţĥēē ƥēēŕšōōñ'š çōōñšēēñţ đēēçīīđēēš ŵĥààţ īīš ƒīīñààĺĺŷ šĥààŕēēđ.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Local protocols</source>
            <translation>[Ĺōōçààĺ ƥŕōōţōōçōōĺš]</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Use this protocol first, then confirm it.</source>
            <translation>[ŬŬšēē ţĥīīš ƥŕōōţōōçōōĺ ƒīīŕšţ, ţĥēēñ çōōñƒīīŕɱ īīţ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The SAMPLE protocol for {area} is confirmed for use.</source>
            <translation>[Ţĥēē ŠÀÀϺƤĹĒĒ ƥŕōōţōōçōōĺ ƒōōŕ {area} īīš çōōñƒīīŕɱēēđ ƒōōŕ ŭŭšēē.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The organisation's name is set. New cards carry it as their issuer.</source>
            <translation>[Ţĥēē ōōŕĝààñīīšààţīīōōñ'š ñààɱēē īīš šēēţ. Ñēēŵ çààŕđš çààŕŕŷ īīţ ààš ţĥēēīīŕ īīššŭŭēēŕ.]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a protocol in the list first.</source>
            <translation>[Çĥōōōōšēē àà ƥŕōōţōōçōōĺ īīñ ţĥēē ĺīīšţ ƒīīŕšţ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{area} is now the protocol in use.</source>
            <translation>[{area} īīš ñōōŵ ţĥēē ƥŕōōţōōçōōĺ īīñ ŭŭšēē.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import a protocol file</source>
            <translation>[ĪĪɱƥōōŕţ àà ƥŕōōţōōçōōĺ ƒīīĺēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protocol files (*.json);;All files (*)</source>
            <translation>[Ƥŕōōţōōçōōĺ ƒīīĺēēš (*.ĵšōōñ);;ÀÀĺĺ ƒīīĺēēš (*)]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file could not be read ({reason}).</source>
            <translation>[Ţĥēē ƒīīĺēē çōōŭŭĺđ ñōōţ ƀēē ŕēēààđ ({reason}).]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The protocol for {area} was imported. Choose it and press "Use this protocol" to use it.</source>
            <translation>[Ţĥēē ƥŕōōţōōçōōĺ ƒōōŕ {area} ŵààš īīɱƥōōŕţēēđ. Çĥōōōōšēē īīţ ààñđ ƥŕēēšš "ŬŬšēē ţĥīīš ƥŕōōţōōçōōĺ" ţōō ŭŭšēē īīţ.]</translation>
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <location filename="../../crisisplan/ui/records/page.py" line="+35" />
            <source>Records</source>
            <translation>[Ŕēēçōōŕđš]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Audit log</source>
            <translation>[&amp;ÀÀŭŭđīīţ ĺōōĝ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Disclosure ledger</source>
            <translation>[&amp;Đīīšçĺōōšŭŭŕēē ĺēēđĝēēŕ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Users and roles</source>
            <translation>[&amp;ŬŬšēēŕš ààñđ ŕōōĺēēš]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Protocols</source>
            <translation>[&amp;Ƥŕōōţōōçōōĺš]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Organisation and &amp;keys</source>
            <translation>[ŌŌŕĝààñīīšààţīīōōñ ààñđ &amp;ķēēŷš]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pa&amp;rtner organisations</source>
            <translation>[Ƥàà&amp;ŕţñēēŕ ōōŕĝààñīīšààţīīōōñš]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Backup and restore</source>
            <translation>[&amp;Ɓààçķŭŭƥ ààñđ ŕēēšţōōŕēē]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your role has no records to see or manage.</source>
            <translation>[Ŷōōŭŭŕ ŕōōĺēē ĥààš ñōō ŕēēçōōŕđš ţōō šēēēē ōōŕ ɱààñààĝēē.]</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../crisisplan/ui/wizard/account.py" line="+23" />
            <source>The recovery key</source>
            <translation>[Ţĥēē ŕēēçōōʋēēŕŷ ķēēŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep it safe: it opens the store if every passphrase is forgotten.</source>
            <translation>[Ķēēēēƥ īīţ šààƒēē: īīţ ōōƥēēñš ţĥēē šţōōŕēē īīƒ ēēʋēēŕŷ ƥààššƥĥŕààšēē īīš ƒōōŕĝōōţţēēñ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Print the recovery key…</source>
            <translation>[&amp;Ƥŕīīñţ ţĥēē ŕēēçōōʋēēŕŷ ķēēŷ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have &amp;stored the recovery key in a safe place</source>
            <translation>[ĪĪ ĥààʋēē &amp;šţōōŕēēđ ţĥēē ŕēēçōōʋēēŕŷ ķēēŷ īīñ àà šààƒēē ƥĺààçēē]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print this key or write it down, and keep it locked away from the computer (for example in the practice safe). It is shown only now. Anyone who has it can open the store.</source>
            <translation>[Ƥŕīīñţ ţĥīīš ķēēŷ ōōŕ ŵŕīīţēē īīţ đōōŵñ, ààñđ ķēēēēƥ īīţ ĺōōçķēēđ ààŵààŷ ƒŕōōɱ ţĥēē çōōɱƥŭŭţēēŕ (ƒōōŕ ēēχààɱƥĺēē īīñ ţĥēē ƥŕààçţīīçēē šààƒēē). ĪĪţ īīš šĥōōŵñ ōōñĺŷ ñōōŵ. ÀÀñŷōōñēē ŵĥōō ĥààš īīţ çààñ ōōƥēēñ ţĥēē šţōōŕēē.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recovery &amp;key:</source>
            <translation>[Ŕēēçōōʋēēŕŷ &amp;ķēēŷ:]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Next &gt;</source>
            <translation>[&amp;Ñēēχţ &gt;]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>crisisplan recovery key

Store folder: {folder}

Recovery key:
{key}

Keep this sheet locked away. Anyone who has it can open the store.</source>
            <translation>[çŕīīšīīšƥĺààñ ŕēēçōōʋēēŕŷ ķēēŷ

Šţōōŕēē ƒōōĺđēēŕ: {folder}

Ŕēēçōōʋēēŕŷ ķēēŷ:
{key}

Ķēēēēƥ ţĥīīš šĥēēēēţ ĺōōçķēēđ ààŵààŷ. ÀÀñŷōōñēē ŵĥōō ĥààš īīţ çààñ ōōƥēēñ ţĥēē šţōōŕēē.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>crisisplan recovery key</source>
            <translation>[çŕīīšīīšƥĺààñ ŕēēçōōʋēēŕŷ ķēēŷ]</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../crisisplan/ui/restore_dialog.py" line="+44" />
            <location line="+1" />
            <location line="+30" />
            <location line="+54" />
            <source>Restore from a backup</source>
            <translation>[Ŕēēšţōōŕēē ƒŕōōɱ àà ƀààçķŭŭƥ]</translation>
        </message>
        <message>
            <location line="-82" />
            <source>No backup file chosen.</source>
            <translation>[Ñōō ƀààçķŭŭƥ ƒīīĺēē çĥōōšēēñ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup file</source>
            <translation>[Ɓààçķŭŭƥ ƒīīĺēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose &amp;backup file…</source>
            <translation>[Çĥōōōōšēē &amp;ƀààçķŭŭƥ ƒīīĺēē…]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>I understand that this &amp;replaces the store in {folder} with the backup. The current store is kept beside it.</source>
            <translation>[ĪĪ ŭŭñđēēŕšţààñđ ţĥààţ ţĥīīš &amp;ŕēēƥĺààçēēš ţĥēē šţōōŕēē īīñ {folder} ŵīīţĥ ţĥēē ƀààçķŭŭƥ. Ţĥēē çŭŭŕŕēēñţ šţōōŕēē īīš ķēēƥţ ƀēēšīīđēē īīţ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Confirm replacing the store with the backup</source>
            <translation>[Çōōñƒīīŕɱ ŕēēƥĺààçīīñĝ ţĥēē šţōōŕēē ŵīīţĥ ţĥēē ƀààçķŭŭƥ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This backup is of a &amp;different store: replace the store in this folder with that store on purpose.</source>
            <translation>[Ţĥīīš ƀààçķŭŭƥ īīš ōōƒ àà &amp;đīīƒƒēēŕēēñţ šţōōŕēē: ŕēēƥĺààçēē ţĥēē šţōōŕēē īīñ ţĥīīš ƒōōĺđēēŕ ŵīīţĥ ţĥààţ šţōōŕēē ōōñ ƥŭŭŕƥōōšēē.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Replace this store with a different store</source>
            <translation>[Ŕēēƥĺààçēē ţĥīīš šţōōŕēē ŵīīţĥ àà đīīƒƒēēŕēēñţ šţōōŕēē]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re&amp;store</source>
            <translation>[Ŕēē&amp;šţōōŕēē]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dialog buttons</source>
            <translation>[Đīīààĺōōĝ ƀŭŭţţōōñš]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Backup file:</source>
            <translation>[Ɓààçķŭŭƥ ƒīīĺēē:]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Username in the backup:</source>
            <translation>[&amp;ŬŬšēēŕñààɱēē īīñ ţĥēē ƀààçķŭŭƥ:]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Passphrase in the backup:</source>
            <translation>[&amp;Ƥààššƥĥŕààšēē īīñ ţĥēē ƀààçķŭŭƥ:]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Use a username and passphrase that were valid when the backup was made. The backup is checked completely before anything is replaced.</source>
            <translation>[ŬŬšēē àà ŭŭšēēŕñààɱēē ààñđ ƥààššƥĥŕààšēē ţĥààţ ŵēēŕēē ʋààĺīīđ ŵĥēēñ ţĥēē ƀààçķŭŭƥ ŵààš ɱààđēē. Ţĥēē ƀààçķŭŭƥ īīš çĥēēçķēēđ çōōɱƥĺēēţēēĺŷ ƀēēƒōōŕēē ààñŷţĥīīñĝ īīš ŕēēƥĺààçēēđ.]</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Choose a backup file</source>
            <translation>[Çĥōōōōšēē àà ƀààçķŭŭƥ ƒīīĺēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>crisisplan backups (*.cpbackup);;All files (*)</source>
            <translation>[çŕīīšīīšƥĺààñ ƀààçķŭŭƥš (*.çƥƀààçķŭŭƥ);;ÀÀĺĺ ƒīīĺēēš (*)]</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Checking the backup and restoring it…</source>
            <translation>[Çĥēēçķīīñĝ ţĥēē ƀààçķŭŭƥ ààñđ ŕēēšţōōŕīīñĝ īīţ…]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Not restored: this backup is of a different store. The store was not changed. To replace this store with that one on purpose, tick the box above and restore again with a username and passphrase of that other store.</source>
            <translation>[Ñōōţ ŕēēšţōōŕēēđ: ţĥīīš ƀààçķŭŭƥ īīš ōōƒ àà đīīƒƒēēŕēēñţ šţōōŕēē. Ţĥēē šţōōŕēē ŵààš ñōōţ çĥààñĝēēđ. Ţōō ŕēēƥĺààçēē ţĥīīš šţōōŕēē ŵīīţĥ ţĥààţ ōōñēē ōōñ ƥŭŭŕƥōōšēē, ţīīçķ ţĥēē ƀōōχ ààƀōōʋēē ààñđ ŕēēšţōōŕēē ààĝààīīñ ŵīīţĥ àà ŭŭšēēŕñààɱēē ààñđ ƥààššƥĥŕààšēē ōōƒ ţĥààţ ōōţĥēēŕ šţōōŕēē.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not restored: {reason} The store was not changed.</source>
            <translation>[Ñōōţ ŕēēšţōōŕēēđ: {reason} Ţĥēē šţōōŕēē ŵààš ñōōţ çĥààñĝēēđ.]</translation>
        </message>
    </context>
    <context>
        <name>ReviewsOverview</name>
        <message>
            <location filename="../../crisisplan/ui/plans/overview_bar.py" line="+25" />
            <source>Reviews due:</source>
            <translation>[Ŕēēʋīīēēŵš đŭŭēē:]</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Reviews due overview</source>
            <translation>[Ŕēēʋīīēēŵš đŭŭēē ōōʋēēŕʋīīēēŵ]</translation>
        </message>
        <message>
            <location line="+15" />
            <source>– overdue</source>
            <translation>[– ōōʋēēŕđŭŭēē]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>– due soon</source>
            <translation>[– đŭŭēē šōōōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>– drafts</source>
            <translation>[– đŕààƒţš]</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n overdue</source>
            <translation>
                <numerusform>[%n ōōʋēēŕđŭŭēē]</numerusform>
                <numerusform>[%n ōōʋēēŕđŭŭēē]</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} due within {days} days</source>
            <translation>[{count} đŭŭēē ŵīīţĥīīñ {days} đààŷš]</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n draft(s)</source>
            <translation>
                <numerusform>[%n đŕààƒţ(š)]</numerusform>
                <numerusform>[%n đŕààƒţ(š)]</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show plans whose review is overdue</source>
            <translation>[Šĥōōŵ ƥĺààñš ŵĥōōšēē ŕēēʋīīēēŵ īīš ōōʋēēŕđŭŭēē]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show plans due for review soon or overdue</source>
            <translation>[Šĥōōŵ ƥĺààñš đŭŭēē ƒōōŕ ŕēēʋīīēēŵ šōōōōñ ōōŕ ōōʋēēŕđŭŭēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show draft plans</source>
            <translation>[Šĥōōŵ đŕààƒţ ƥĺààñš]</translation>
        </message>
    </context>
    <context>
        <name>RoleChooser</name>
        <message>
            <location filename="../../crisisplan/ui/records/user_dialogs.py" line="-61" />
            <location line="+1" />
            <source>Roles</source>
            <translation>[Ŕōōĺēēš]</translation>
        </message>
    </context>
    <context>
        <name>RolesDialog</name>
        <message>
            <location line="+92" />
            <source>Roles of {user}</source>
            <translation>[Ŕōōĺēēš ōōƒ {user}]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change roles</source>
            <translation>[Çĥààñĝēē ŕōōĺēēš]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Give the user at least one role.</source>
            <translation>[Ĝīīʋēē ţĥēē ŭŭšēēŕ ààţ ĺēēààšţ ōōñēē ŕōōĺēē.]</translation>
        </message>
    </context>
    <context>
        <name>SessionStatus</name>
        <message>
            <location filename="../../crisisplan/ui/session_status.py" line="+16" />
            <source>Clinician</source>
            <translation>[Çĺīīñīīçīīààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GP practice</source>
            <translation>[ĜƤ ƥŕààçţīīçēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read-only</source>
            <translation>[Ŕēēààđ-ōōñĺŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reception / admin</source>
            <translation>[Ŕēēçēēƥţīīōōñ / ààđɱīīñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>IG lead</source>
            <translation>[ĪĪĜ ĺēēààđ]</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Show the plans with your unsaved changes</source>
            <translation>[Šĥōōŵ ţĥēē ƥĺààñš ŵīīţĥ ŷōōŭŭŕ ŭŭñšààʋēēđ çĥààñĝēēš]</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Locked: nobody is signed in</source>
            <translation>[Ĺōōçķēēđ: ñōōƀōōđŷ īīš šīīĝñēēđ īīñ]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Signed in: {user} · {roles}</source>
            <translation>[Šīīĝñēēđ īīñ: {user} · {roles}]</translation>
        </message>
        <message>
            <location line="+10" />
            <source>no name yet</source>
            <translation>[ñōō ñààɱēē ŷēēţ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Continue the new plan for {who} (kept {when})</source>
            <translation>[Çōōñţīīñŭŭēē ţĥēē ñēēŵ ƥĺààñ ƒōōŕ {who} (ķēēƥţ {when})]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Continue plan {id} for {who} (kept {when})</source>
            <translation>[Çōōñţīīñŭŭēē ƥĺààñ {id} ƒōōŕ {who} (ķēēƥţ {when})]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Show the plans with my unsaved changes</source>
            <translation>[Šĥōōŵ ţĥēē ƥĺààñš ŵīīţĥ ɱŷ ŭŭñšààʋēēđ çĥààñĝēēš]</translation>
        </message>
        <message>
            <location line="+15" />
            <source>1 unsaved draft</source>
            <translation>[1 ŭŭñšààʋēēđ đŕààƒţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{n} unsaved drafts</source>
            <translation>[{n} ŭŭñšààʋēēđ đŕààƒţš]</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../crisisplan/ui/settings.py" line="+162" />
            <source>crisisplan settings</source>
            <translation>[çŕīīšīīšƥĺààñ šēēţţīīñĝš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>[Šēēţţīīñĝš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>crisisplan locks itself when nobody has used it for a while, so that nobody else can read plans on an unattended screen.</source>
            <translation>[çŕīīšīīšƥĺààñ ĺōōçķš īīţšēēĺƒ ŵĥēēñ ñōōƀōōđŷ ĥààš ŭŭšēēđ īīţ ƒōōŕ àà ŵĥīīĺēē, šōō ţĥààţ ñōōƀōōđŷ ēēĺšēē çààñ ŕēēààđ ƥĺààñš ōōñ ààñ ŭŭñààţţēēñđēēđ šçŕēēēēñ.]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Lock after this many idle minutes</source>
            <translation>[Ĺōōçķ ààƒţēēŕ ţĥīīš ɱààñŷ īīđĺēē ɱīīñŭŭţēēš]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock after idle time of:</source>
            <translation>[&amp;Ĺōōçķ ààƒţēēŕ īīđĺēē ţīīɱēē ōōƒ:]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The computer's language</source>
            <translation>[Ţĥēē çōōɱƥŭŭţēēŕ'š ĺààñĝŭŭààĝēē]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Display language</source>
            <translation>[Đīīšƥĺààŷ ĺààñĝŭŭààĝēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Display language:</source>
            <translation>[&amp;Đīīšƥĺààŷ ĺààñĝŭŭààĝēē:]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A new language is used the next time crisisplan starts.</source>
            <translation>[ÀÀ ñēēŵ ĺààñĝŭŭààĝēē īīš ŭŭšēēđ ţĥēē ñēēχţ ţīīɱēē çŕīīšīīšƥĺààñ šţààŕţš.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dialog buttons</source>
            <translation>[Đīīààĺōōĝ ƀŭŭţţōōñš]</translation>
        </message>
        <message>
            <location line="+9" />
            <source> minute</source>
            <translation> [ɱīīñŭŭţēē]</translation>
        </message>
        <message>
            <location line="+0" />
            <source> minutes</source>
            <translation> [ɱīīñŭŭţēēš]</translation>
        </message>
    </context>
    <context>
        <name>StatusBanner</name>
        <message>
            <location filename="../../crisisplan/ui/verify/banner.py" line="+58" />
            <source>Choose a card image or PDF, or paste the text of its QR code.</source>
            <translation>[Çĥōōōōšēē àà çààŕđ īīɱààĝēē ōōŕ ƤĐƑ, ōōŕ ƥààšţēē ţĥēē ţēēχţ ōōƒ īīţš ɊŔ çōōđēē.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>VALID</source>
            <translation>[ƲÀÀĹĪĪĐ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VALID BUT REVIEW OVERDUE</source>
            <translation>[ƲÀÀĹĪĪĐ ƁŬŬŢ ŔĒĒƲĪĪĒĒŴ ŌŌƲĒĒŔĐŬŬĒĒ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SUPERSEDED OR WITHDRAWN — do not rely on it</source>
            <translation>[ŠŬŬƤĒĒŔŠĒĒĐĒĒĐ ŌŌŔ ŴĪĪŢĤĐŔÀÀŴÑ — đōō ñōōţ ŕēēĺŷ ōōñ īīţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UNKNOWN ISSUER — do not rely on it</source>
            <translation>[ŬŬÑĶÑŌŌŴÑ ĪĪŠŠŬŬĒĒŔ — đōō ñōōţ ŕēēĺŷ ōōñ īīţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ALTERED OR DAMAGED — do not rely on it</source>
            <translation>[ÀÀĹŢĒĒŔĒĒĐ ŌŌŔ ĐÀÀϺÀÀĜĒĒĐ — đōō ñōōţ ŕēēĺŷ ōōñ īīţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NOT A CRISIS CARD</source>
            <translation>[ÑŌŌŢ ÀÀ ÇŔĪĪŠĪĪŠ ÇÀÀŔĐ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ISSUED FOR ANOTHER SERVICE — contents not shown</source>
            <translation>[ĪĪŠŠŬŬĒĒĐ ƑŌŌŔ ÀÀÑŌŌŢĤĒĒŔ ŠĒĒŔƲĪĪÇĒĒ — çōōñţēēñţš ñōōţ šĥōōŵñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EXPIRED — do not rely on it</source>
            <translation>[ĒĒχƤĪĪŔĒĒĐ — đōō ñōōţ ŕēēĺŷ ōōñ īīţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>COULD NOT READ A CODE — try again</source>
            <translation>[ÇŌŌŬŬĹĐ ÑŌŌŢ ŔĒĒÀÀĐ ÀÀ ÇŌŌĐĒĒ — ţŕŷ ààĝààīīñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TOO COMPLEX TO CHECK</source>
            <translation>[ŢŌŌŌŌ ÇŌŌϺƤĹĒĒχ ŢŌŌ ÇĤĒĒÇĶ]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No card checked yet</source>
            <translation>[Ñōō çààŕđ çĥēēçķēēđ ŷēēţ]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Card status: {title}</source>
            <translation>[Çààŕđ šţààţŭŭš: {title}]</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <location filename="../../crisisplan/ui/tasks.py" line="+94" />
            <source>Stopping… (finishing the current step safely)</source>
            <translation>[Šţōōƥƥīīñĝ… (ƒīīñīīšĥīīñĝ ţĥēē çŭŭŕŕēēñţ šţēēƥ šààƒēēĺŷ)]</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <location line="+93" />
            <source>crisisplan</source>
            <translation>[çŕīīšīīšƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working…</source>
            <translation>[Ŵōōŕķīīñĝ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation>[Ƥŕōōĝŕēēšš]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Cancel</source>
            <translation>[&amp;Çààñçēēĺ]</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../crisisplan/ui/unlock.py" line="+64" />
            <source>crisisplan</source>
            <translation>[çŕīīšīīšƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+85" />
            <source>Joint crisis plans and need-to-know sharing. Sign in to continue.</source>
            <translation>[Ĵōōīīñţ çŕīīšīīš ƥĺààñš ààñđ ñēēēēđ-ţōō-ķñōōŵ šĥààŕīīñĝ. Šīīĝñ īīñ ţōō çōōñţīīñŭŭēē.]</translation>
        </message>
        <message>
            <location line="-83" />
            <source>Demo store — fictional people</source>
            <translation>[Đēēɱōō šţōōŕēē — ƒīīçţīīōōñààĺ ƥēēōōƥĺēē]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Demo sign-in: username "{user}", passphrase "{passphrase}"</source>
            <translation>[Đēēɱōō šīīĝñ-īīñ: ŭŭšēēŕñààɱēē "{user}", ƥààššƥĥŕààšēē "{passphrase}"]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sh&amp;ow passphrase</source>
            <translation>[Šĥ&amp;ōōŵ ƥààššƥĥŕààšēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show passphrase</source>
            <translation>[Šĥōōŵ ƥààššƥĥŕààšēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Unlock</source>
            <translation>[&amp;ŬŬñĺōōçķ]</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+96" />
            <source>Use the reco&amp;very key instead</source>
            <translation>[ŬŬšēē ţĥēē ŕēēçōō&amp;ʋēēŕŷ ķēēŷ īīñšţēēààđ]</translation>
        </message>
        <message>
            <location line="-95" />
            <source>&amp;Restore from a backup…</source>
            <translation>[&amp;Ŕēēšţōōŕēē ƒŕōōɱ àà ƀààçķŭŭƥ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set up a &amp;new store…</source>
            <translation>[Šēēţ ŭŭƥ àà &amp;ñēēŵ šţōōŕēē…]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Time until you can try again</source>
            <translation>[Ţīīɱēē ŭŭñţīīĺ ŷōōŭŭ çààñ ţŕŷ ààĝààīīñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Store: {path}</source>
            <translation>[Šţōōŕēē: {path}]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Store folder</source>
            <translation>[Šţōōŕēē ƒōōĺđēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Username:</source>
            <translation>[&amp;ŬŬšēēŕñààɱēē:]</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+82" />
            <source>&amp;Passphrase:</source>
            <translation>[&amp;Ƥààššƥĥŕààšēē:]</translation>
        </message>
        <message>
            <location line="-7" />
            <source>The window was hidden. Enter your passphrase to show it again.</source>
            <translation>[Ţĥēē ŵīīñđōōŵ ŵààš ĥīīđđēēñ. ĒĒñţēēŕ ŷōōŭŭŕ ƥààššƥĥŕààšēē ţōō šĥōōŵ īīţ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Recovery &amp;key:</source>
            <translation>[Ŕēēçōōʋēēŕŷ &amp;ķēēŷ:]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery key</source>
            <translation>[Ŕēēçōōʋēēŕŷ ķēēŷ]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Passphrase</source>
            <translation>[Ƥààššƥĥŕààšēē]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use a username and passphrase</source>
            <translation>[ŬŬšēē àà ŭŭšēēŕñààɱēē ààñđ ƥààššƥĥŕààšēē]</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Enter your username.</source>
            <translation>[ĒĒñţēēŕ ŷōōŭŭŕ ŭŭšēēŕñààɱēē.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter your passphrase.</source>
            <translation>[ĒĒñţēēŕ ŷōōŭŭŕ ƥààššƥĥŕààšēē.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the recovery key.</source>
            <translation>[ĒĒñţēēŕ ţĥēē ŕēēçōōʋēēŕŷ ķēēŷ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unlocking…</source>
            <translation>[ŬŬñĺōōçķīīñĝ…]</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unlocking</source>
            <translation>[ŬŬñĺōōçķīīñĝ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocking the store…</source>
            <translation>[ŬŬñĺōōçķīīñĝ ţĥēē šţōōŕēē…]</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Unlocking was cancelled.</source>
            <translation>[ŬŬñĺōōçķīīñĝ ŵààš çààñçēēĺĺēēđ.]</translation>
        </message>
        <message>
            <location line="+32" />
            <source>You can try again now.</source>
            <translation>[Ŷōōŭŭ çààñ ţŕŷ ààĝààīīñ ñōōŵ.]</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>You can try again in %n second(s).</source>
            <translation>
                <numerusform>[Ŷōōŭŭ çààñ ţŕŷ ààĝààīīñ īīñ %n šēēçōōñđ(š).]</numerusform>
                <numerusform>[Ŷōōŭŭ çààñ ţŕŷ ààĝààīīñ īīñ %n šēēçōōñđ(š).]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <location filename="../../crisisplan/ui/records/users.py" line="+22" />
            <source>Reception / administrator</source>
            <translation>[Ŕēēçēēƥţīīōōñ / ààđɱīīñīīšţŕààţōōŕ]</translation>
        </message>
        <message>
            <location line="+32" />
            <source>&amp;Add user…</source>
            <translation>[&amp;ÀÀđđ ŭŭšēēŕ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change &amp;roles…</source>
            <translation>[Çĥààñĝēē &amp;ŕōōĺēēš…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset &amp;passphrase…</source>
            <translation>[Ŕēēšēēţ &amp;ƥààššƥĥŕààšēē…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;move user…</source>
            <translation>[Ŕēē&amp;ɱōōʋēē ŭŭšēēŕ…]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>People who may sign in on this computer, and what their roles allow. Reception and administrator staff can find a person in the list but cannot read clinical content.</source>
            <translation>[Ƥēēōōƥĺēē ŵĥōō ɱààŷ šīīĝñ īīñ ōōñ ţĥīīš çōōɱƥŭŭţēēŕ, ààñđ ŵĥààţ ţĥēēīīŕ ŕōōĺēēš ààĺĺōōŵ. Ŕēēçēēƥţīīōōñ ààñđ ààđɱīīñīīšţŕààţōōŕ šţààƒƒ çààñ ƒīīñđ àà ƥēēŕšōōñ īīñ ţĥēē ĺīīšţ ƀŭŭţ çààññōōţ ŕēēààđ çĺīīñīīçààĺ çōōñţēēñţ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+26" />
            <source>Users</source>
            <translation>[ŬŬšēēŕš]</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Choose a user in the list first.</source>
            <translation>[Çĥōōōōšēē àà ŭŭšēēŕ īīñ ţĥēē ĺīīšţ ƒīīŕšţ.]</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Adding the user…</source>
            <translation>[ÀÀđđīīñĝ ţĥēē ŭŭšēēŕ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{user} was added.</source>
            <translation>[{user} ŵààš ààđđēēđ.]</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Changing the roles…</source>
            <translation>[Çĥààñĝīīñĝ ţĥēē ŕōōĺēēš…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The roles of {user} were changed.</source>
            <translation>[Ţĥēē ŕōōĺēēš ōōƒ {user} ŵēēŕēē çĥààñĝēēđ.]</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Setting the new passphrase…</source>
            <translation>[Šēēţţīīñĝ ţĥēē ñēēŵ ƥààššƥĥŕààšēē…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The passphrase of {user} was changed.</source>
            <translation>[Ţĥēē ƥààššƥĥŕààšēē ōōƒ {user} ŵààš çĥààñĝēēđ.]</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Removing the user…</source>
            <translation>[Ŕēēɱōōʋīīñĝ ţĥēē ŭŭšēēŕ…]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{user} was removed. Their past entries stay in the audit log.</source>
            <translation>[{user} ŵààš ŕēēɱōōʋēēđ. Ţĥēēīīŕ ƥààšţ ēēñţŕīīēēš šţààŷ īīñ ţĥēē ààŭŭđīīţ ĺōōĝ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove user</source>
            <translation>[Ŕēēɱōōʋēē ŭŭšēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove {user}? They will no longer be able to sign in. The store's keys are then replaced, so a copy of their key file opens nothing stored from now on (a few minutes on a large store).</source>
            <translation>[Ŕēēɱōōʋēē {user}? Ţĥēēŷ ŵīīĺĺ ñōō ĺōōñĝēēŕ ƀēē ààƀĺēē ţōō šīīĝñ īīñ. Ţĥēē šţōōŕēē'š ķēēŷš ààŕēē ţĥēēñ ŕēēƥĺààçēēđ, šōō àà çōōƥŷ ōōƒ ţĥēēīīŕ ķēēŷ ƒīīĺēē ōōƥēēñš ñōōţĥīīñĝ šţōōŕēēđ ƒŕōōɱ ñōōŵ ōōñ (àà ƒēēŵ ɱīīñŭŭţēēš ōōñ àà ĺààŕĝēē šţōōŕēē).]</translation>
        </message>
        <message>
            <source>Remove {user}? They will no longer be able to sign in.</source>
            <translation type="vanished">[Ŕēēɱōōʋēē {user}? Ţĥēēŷ ŵīīĺĺ ñōō ĺōōñĝēēŕ ƀēē ààƀĺēē ţōō šīīĝñ īīñ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Remove user</source>
            <translation>[&amp;Ŕēēɱōōʋēē ŭŭšēēŕ]</translation>
        </message>
    </context>
    <context>
        <name>VerifierDialog</name>
        <message>
            <location filename="../../crisisplan/ui/verifier_dialog.py" line="+34" />
            <source>Phone verifier for responders</source>
            <translation>[Ƥĥōōñēē ʋēēŕīīƒīīēēŕ ƒōōŕ ŕēēšƥōōñđēēŕš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writes the page police, ambulance and emergency department staff use to check cards on their phones, pinned to this organisation's trust root, with a new signed trust list and a handout to give them. Publish every file in the folder at the address below.</source>
            <translation>[Ŵŕīīţēēš ţĥēē ƥààĝēē ƥōōĺīīçēē, ààɱƀŭŭĺààñçēē ààñđ ēēɱēēŕĝēēñçŷ đēēƥààŕţɱēēñţ šţààƒƒ ŭŭšēē ţōō çĥēēçķ çààŕđš ōōñ ţĥēēīīŕ ƥĥōōñēēš, ƥīīññēēđ ţōō ţĥīīš ōōŕĝààñīīšààţīīōōñ'š ţŕŭŭšţ ŕōōōōţ, ŵīīţĥ àà ñēēŵ šīīĝñēēđ ţŕŭŭšţ ĺīīšţ ààñđ àà ĥààñđōōŭŭţ ţōō ĝīīʋēē ţĥēēɱ. Ƥŭŭƀĺīīšĥ ēēʋēēŕŷ ƒīīĺēē īīñ ţĥēē ƒōōĺđēēŕ ààţ ţĥēē ààđđŕēēšš ƀēēĺōōŵ.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Folder</source>
            <translation>[Ƒōōĺđēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Choose…</source>
            <translation>[&amp;Çĥōōōōšēē…]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Address where the page will be published</source>
            <translation>[ÀÀđđŕēēšš ŵĥēēŕēē ţĥēē ƥààĝēē ŵīīĺĺ ƀēē ƥŭŭƀĺīīšĥēēđ]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Folder</source>
            <translation>[&amp;Ƒōōĺđēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address</source>
            <translation>[&amp;ÀÀđđŕēēšš]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Make the page</source>
            <translation>[&amp;Ϻààķēē ţĥēē ƥààĝēē]</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Folder for the verifier page</source>
            <translation>[Ƒōōĺđēēŕ ƒōōŕ ţĥēē ʋēēŕīīƒīīēēŕ ƥààĝēē]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a folder and the address where the page will be published.</source>
            <translation>[Çĥōōōōšēē àà ƒōōĺđēēŕ ààñđ ţĥēē ààđđŕēēšš ŵĥēēŕēē ţĥēē ƥààĝēē ŵīīĺĺ ƀēē ƥŭŭƀĺīīšĥēēđ.]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Wrote {page} (trust list no. {sequence}) and {handout} to {folder}. Publish every file there at the address, then hand out {handout}.</source>
            <translation>[Ŵŕōōţēē {page} (ţŕŭŭšţ ĺīīšţ ñōō. {sequence}) ààñđ {handout} ţōō {folder}. Ƥŭŭƀĺīīšĥ ēēʋēēŕŷ ƒīīĺēē ţĥēēŕēē ààţ ţĥēē ààđđŕēēšš, ţĥēēñ ĥààñđ ōōŭŭţ {handout}.]</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <location filename="../../crisisplan/ui/verify/dialog.py" line="+51" />
            <location line="+1" />
            <location line="+9" />
            <location line="+183" />
            <source>Verify a crisis card</source>
            <translation>[Ʋēēŕīīƒŷ àà çŕīīšīīš çààŕđ]</translation>
        </message>
        <message>
            <location line="-187" />
            <source>Card contents</source>
            <translation>[Çààŕđ çōōñţēēñţš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The card's contents appear here after checking.</source>
            <translation>[Ţĥēē çààŕđ'š çōōñţēēñţš ààƥƥēēààŕ ĥēēŕēē ààƒţēēŕ çĥēēçķīīñĝ.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Card c&amp;ontents:</source>
            <translation>[Çààŕđ ç&amp;ōōñţēēñţš:]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dialog buttons</source>
            <translation>[Đīīààĺōōĝ ƀŭŭţţōōñš]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Card and trust bundle</source>
            <translation>[Çààŕđ ààñđ ţŕŭŭšţ ƀŭŭñđĺēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open card &amp;image or PDF…</source>
            <translation>[ŌŌƥēēñ çààŕđ &amp;īīɱààĝēē ōōŕ ƤĐƑ…]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>QR code text</source>
            <translation>[ɊŔ çōōđēē ţēēχţ]</translation>
        </message>
        <message>
            <source>Or paste the QR code's text here (it starts with CP1:)</source>
            <translation type="vanished">[ŌŌŕ ƥààšţēē ţĥēē ɊŔ çōōđēē'š ţēēχţ ĥēēŕēē (īīţ šţààŕţš ŵīīţĥ ÇƤ1:)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or paste the QR code's text here (it starts with CP2: or CP1:)</source>
            <translation>[ŌŌŕ ƥààšţēē ţĥēē ɊŔ çōōđēē'š ţēēχţ ĥēēŕēē (īīţ šţààŕţš ŵīīţĥ ÇƤ2: ōōŕ ÇƤ1:)]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Check this text</source>
            <translation>[&amp;Çĥēēçķ ţĥīīš ţēēχţ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trust bundle in use</source>
            <translation>[Ţŕŭŭšţ ƀŭŭñđĺēē īīñ ŭŭšēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose &amp;trust bundle…</source>
            <translation>[Çĥōōōōšēē &amp;ţŕŭŭšţ ƀŭŭñđĺēē…]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation trust root fingerprint</source>
            <translation>[ŌŌŕĝààñīīšààţīīōōñ ţŕŭŭšţ ŕōōōōţ ƒīīñĝēēŕƥŕīīñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>64 characters, as printed on the trust bundle's cover sheet</source>
            <translation>[64 çĥààŕààçţēēŕš, ààš ƥŕīīñţēēđ ōōñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē'š çōōʋēēŕ šĥēēēēţ]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Who is looking</source>
            <translation>[Ŵĥōō īīš ĺōōōōķīīñĝ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Police</source>
            <translation>[Ƥōōĺīīçēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ambulance service</source>
            <translation>[ÀÀɱƀŭŭĺààñçēē šēēŕʋīīçēē]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emergency department</source>
            <translation>[ĒĒɱēēŕĝēēñçŷ đēēƥààŕţɱēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Someone else (e.g. the crisis team)</source>
            <translation>[Šōōɱēēōōñēē ēēĺšēē (ēē.ĝ. ţĥēē çŕīīšīīš ţēēààɱ)]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Card file:</source>
            <translation>[Çààŕđ ƒīīĺēē:]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a photo or scan of the card, or its PDF</source>
            <translation>[àà ƥĥōōţōō ōōŕ šçààñ ōōƒ ţĥēē çààŕđ, ōōŕ īīţš ƤĐƑ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;QR text:</source>
            <translation>[&amp;ɊŔ ţēēχţ:]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trust bundle:</source>
            <translation>[Ţŕŭŭšţ ƀŭŭñđĺēē:]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trust &amp;root:</source>
            <translation>[Ţŕŭŭšţ &amp;ŕōōōōţ:]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Who is looking:</source>
            <translation>[&amp;Ŵĥōō īīš ĺōōōōķīīñĝ:]</translation>
        </message>
        <message>
            <location line="+23" />
            <source>None chosen. Choose the trust bundle file your organisation gave you.</source>
            <translation>[Ñōōñēē çĥōōšēēñ. Çĥōōōōšēē ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ƒīīĺēē ŷōōŭŭŕ ōōŕĝààñīīšààţīīōōñ ĝààʋēē ŷōōŭŭ.]</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This organisation's own keys (from the store)</source>
            <translation>[Ţĥīīš ōōŕĝààñīīšààţīīōōñ'š ōōŵñ ķēēŷš (ƒŕōōɱ ţĥēē šţōōŕēē)]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a trust bundle</source>
            <translation>[Çĥōōōōšēē àà ţŕŭŭšţ ƀŭŭñđĺēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trust bundles (*.json);;All files (*)</source>
            <translation>[Ţŕŭŭšţ ƀŭŭñđĺēēš (*.ĵšōōñ);;ÀÀĺĺ ƒīīĺēēš (*)]</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type the organisation trust root's fingerprint from the trust bundle's cover sheet first.</source>
            <translation>[Ţŷƥēē ţĥēē ōōŕĝààñīīšààţīīōōñ ţŕŭŭšţ ŕōōōōţ'š ƒīīñĝēēŕƥŕīīñţ ƒŕōōɱ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē'š çōōʋēēŕ šĥēēēēţ ƒīīŕšţ.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The trust bundle could not be used. {reason}</source>
            <translation>[Ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē çōōŭŭĺđ ñōōţ ƀēē ŭŭšēēđ. {reason}]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This trust bundle (number {old}) is older than one already used here (number {new}); it was not used. Choose the newest trust bundle.</source>
            <translation>[Ţĥīīš ţŕŭŭšţ ƀŭŭñđĺēē (ñŭŭɱƀēēŕ {old}) īīš ōōĺđēēŕ ţĥààñ ōōñēē ààĺŕēēààđŷ ŭŭšēēđ ĥēēŕēē (ñŭŭɱƀēēŕ {new}); īīţ ŵààš ñōōţ ŭŭšēēđ. Çĥōōōōšēē ţĥēē ñēēŵēēšţ ţŕŭŭšţ ƀŭŭñđĺēē.]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{path} (number {n}, {org})</source>
            <translation>[{path} (ñŭŭɱƀēēŕ {n}, {org})]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose the trust bundle file first: without it a card cannot be checked.</source>
            <translation>[Çĥōōōōšēē ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ƒīīĺēē ƒīīŕšţ: ŵīīţĥōōŭŭţ īīţ àà çààŕđ çààññōōţ ƀēē çĥēēçķēēđ.]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Paste the QR code's text first, or open a card file.</source>
            <translation>[Ƥààšţēē ţĥēē ɊŔ çōōđēē'š ţēēχţ ƒīīŕšţ, ōōŕ ōōƥēēñ àà çààŕđ ƒīīĺēē.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open a card image or PDF</source>
            <translation>[ŌŌƥēēñ àà çààŕđ īīɱààĝēē ōōŕ ƤĐƑ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card images and PDFs (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
            <translation>[Çààŕđ īīɱààĝēēš ààñđ ƤĐƑš (*.ƥñĝ *.ĵƥĝ *.ĵƥēēĝ *.ƥđƒ);;ÀÀĺĺ ƒīīĺēēš (*)]</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Reading the card…</source>
            <translation>[Ŕēēààđīīñĝ ţĥēē çààŕđ…]</translation>
        </message>
    </context>
    <context>
        <name>VersionTableModel</name>
        <message>
            <location filename="../../crisisplan/ui/editor/history_models.py" line="-85" />
            <source>Version</source>
            <translation>[Ʋēēŕšīīōōñ]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved</source>
            <translation>[Šààʋēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>[Ɓŷ]</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>[Ñōōţēē]</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../crisisplan/ui/workspace.py" line="+31" />
            <source>Open pages</source>
            <translation>[ŌŌƥēēñ ƥààĝēēš]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Plans</source>
            <translation>[Ƥĺààñš]</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Records</source>
            <translation>[Ŕēēçōōŕđš]</translation>
        </message>
        <message>
            <location line="+42" />
            <source>New plan</source>
            <translation>[Ñēēŵ ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} (plan {number})</source>
            <translation>[{name} (ƥĺààñ {number})]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan {number}</source>
            <translation>[Ƥĺààñ {number}]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unsaved changes</source>
            <translation>[ŬŬñšààʋēēđ çĥààñĝēēš]</translation>
        </message>
        <message>
            <location line="+95" />
            <source>The person's copy of their plan is saved as {path}. Print it or give it to them; it is in the sharing record.</source>
            <translation>[Ţĥēē ƥēēŕšōōñ'š çōōƥŷ ōōƒ ţĥēēīīŕ ƥĺààñ īīš šààʋēēđ ààš {path}. Ƥŕīīñţ īīţ ōōŕ ĝīīʋēē īīţ ţōō ţĥēēɱ; īīţ īīš īīñ ţĥēē šĥààŕīīñĝ ŕēēçōōŕđ.]</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <location filename="../../crisisplan/ui/records/user_dialogs.py" line="-77" />
            <source>Dialog buttons</source>
            <translation>[Đīīààĺōōĝ ƀŭŭţţōōñš]</translation>
        </message>
    </context>
    <context>
        <name>card contents</name>
        <message>
            <location filename="../../crisisplan/ui/verify/contents.py" line="+16" />
            <source>PDF signature: {status}. {message}</source>
            <translation>[ƤĐƑ šīīĝñààţŭŭŕēē: {status}. {message}]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF signature: none ({note})</source>
            <translation>[ƤĐƑ šīīĝñààţŭŭŕēē: ñōōñēē ({note})]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No QR code was found in the file.</source>
            <translation>[Ñōō ɊŔ çōōđēē ŵààš ƒōōŭŭñđ īīñ ţĥēē ƒīīĺēē.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} QR codes were found; the worst reading is shown above:</source>
            <translation>[{n} ɊŔ çōōđēēš ŵēēŕēē ƒōōŭŭñđ; ţĥēē ŵōōŕšţ ŕēēààđīīñĝ īīš šĥōōŵñ ààƀōōʋēē:]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  code {n}: {status} {card}</source>
            <translation>  [çōōđēē {n}: {status} {card}]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Issued by: {issuer}</source>
            <translation>[ĪĪššŭŭēēđ ƀŷ: {issuer}]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The card's contents cannot be shown because it could not be checked.</source>
            <translation>[Ţĥēē çààŕđ'š çōōñţēēñţš çààññōōţ ƀēē šĥōōŵñ ƀēēçààŭŭšēē īīţ çōōŭŭĺđ ñōōţ ƀēē çĥēēçķēēđ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Card {card} for {recipient}</source>
            <translation>[Çààŕđ {card} ƒōōŕ {recipient}]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan version {version}; issued {issued}; review by {review}</source>
            <translation>[Ƥĺààñ ʋēēŕšīīōōñ {version}; īīššŭŭēēđ {issued}; ŕēēʋīīēēŵ ƀŷ {review}]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>(More in the full plan.)</source>
            <translation>[(Ϻōōŕēē īīñ ţĥēē ƒŭŭĺĺ ƥĺààñ.)]</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../crisisplan/ui/dialogs.py" line="+36" />
            <source>Could not finish</source>
            <translation>[Çōōŭŭĺđ ñōōţ ƒīīñīīšĥ]</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../crisisplan/ui/errors.py" line="+46" />
            <source>The file or folder could not be opened: you do not have permission. Choose another place, or ask your IT support for access.</source>
            <translation>[Ţĥēē ƒīīĺēē ōōŕ ƒōōĺđēēŕ çōōŭŭĺđ ñōōţ ƀēē ōōƥēēñēēđ: ŷōōŭŭ đōō ñōōţ ĥààʋēē ƥēēŕɱīīššīīōōñ. Çĥōōōōšēē ààñōōţĥēēŕ ƥĺààçēē, ōōŕ ààšķ ŷōōŭŭŕ ĪĪŢ šŭŭƥƥōōŕţ ƒōōŕ ààççēēšš.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file was not found. It may have been moved or deleted; choose it again.</source>
            <translation>[Ţĥēē ƒīīĺēē ŵààš ñōōţ ƒōōŭŭñđ. ĪĪţ ɱààŷ ĥààʋēē ƀēēēēñ ɱōōʋēēđ ōōŕ đēēĺēēţēēđ; çĥōōōōšēē īīţ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That is a folder, not a file. Choose a file.</source>
            <translation>[Ţĥààţ īīš àà ƒōōĺđēēŕ, ñōōţ àà ƒīīĺēē. Çĥōōōōšēē àà ƒīīĺēē.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an input/output error</source>
            <translation>[ààñ īīñƥŭŭţ/ōōŭŭţƥŭŭţ ēēŕŕōōŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file could not be read or written ({reason}). Check the disk and try again.</source>
            <translation>[Ţĥēē ƒīīĺēē çōōŭŭĺđ ñōōţ ƀēē ŕēēààđ ōōŕ ŵŕīīţţēēñ ({reason}). Çĥēēçķ ţĥēē đīīšķ ààñđ ţŕŷ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Something went wrong inside crisisplan ({kind}). Nothing you saved earlier is lost. Try again; if it happens again, restart crisisplan and tell your IT support.</source>
            <translation>[Šōōɱēēţĥīīñĝ ŵēēñţ ŵŕōōñĝ īīñšīīđēē çŕīīšīīšƥĺààñ ({kind}). Ñōōţĥīīñĝ ŷōōŭŭ šààʋēēđ ēēààŕĺīīēēŕ īīš ĺōōšţ. Ţŕŷ ààĝààīīñ; īīƒ īīţ ĥààƥƥēēñš ààĝààīīñ, ŕēēšţààŕţ çŕīīšīīšƥĺààñ ààñđ ţēēĺĺ ŷōōŭŭŕ ĪĪŢ šŭŭƥƥōōŕţ.]</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <location filename="../../crisisplan/export/qr.py" line="+84" />
            <location line="+14" />
            <source>The card holds too much to fit in its QR code; shorten it.</source>
            <translation>[Ţĥēē çààŕđ ĥōōĺđš ţōōōō ɱŭŭçĥ ţōō ƒīīţ īīñ īīţš ɊŔ çōōđēē; šĥōōŕţēēñ īīţ.]</translation>
        </message>
        <message>
            <location line="+49" />
            <location line="+23" />
            <location line="+8" />
            <source>The image is too large to read.</source>
            <translation>[Ţĥēē īīɱààĝēē īīš ţōōōō ĺààŕĝēē ţōō ŕēēààđ.]</translation>
        </message>
        <message>
            <location line="-24" />
            <source>The image could not be read.</source>
            <translation>[Ţĥēē īīɱààĝēē çōōŭŭĺđ ñōōţ ƀēē ŕēēààđ.]</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+12" />
            <source>The {kind} image is damaged or cannot be read.</source>
            <translation>[Ţĥēē {kind} īīɱààĝēē īīš đààɱààĝēēđ ōōŕ çààññōōţ ƀēē ŕēēààđ.]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The PDF file is damaged or cannot be read.</source>
            <translation>[Ţĥēē ƤĐƑ ƒīīĺēē īīš đààɱààĝēēđ ōōŕ çààññōōţ ƀēē ŕēēààđ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The PDF has more than {MAX_PDF_PAGES} pages; use the page with the card.</source>
            <translation>[Ţĥēē ƤĐƑ ĥààš ɱōōŕēē ţĥààñ {MAX_PDF_PAGES} ƥààĝēēš; ŭŭšēē ţĥēē ƥààĝēē ŵīīţĥ ţĥēē çààŕđ.]</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A page of the PDF file could not be read.</source>
            <translation>[ÀÀ ƥààĝēē ōōƒ ţĥēē ƤĐƑ ƒīīĺēē çōōŭŭĺđ ñōōţ ƀēē ŕēēààđ.]</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+16" />
            <source>The file is too large to read.</source>
            <translation>[Ţĥēē ƒīīĺēē īīš ţōōōō ĺààŕĝēē ţōō ŕēēààđ.]</translation>
        </message>
        <message>
            <location line="-9" />
            <source>This kind of file is not supported: use a PNG or JPEG image or a PDF file.</source>
            <translation>[Ţĥīīš ķīīñđ ōōƒ ƒīīĺēē īīš ñōōţ šŭŭƥƥōōŕţēēđ: ŭŭšēē àà ƤÑĜ ōōŕ ĴƤĒĒĜ īīɱààĝēē ōōŕ àà ƤĐƑ ƒīīĺēē.]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The file could not be opened: it is not a regular file (a device, pipe or folder cannot be read).</source>
            <translation>[Ţĥēē ƒīīĺēē çōōŭŭĺđ ñōōţ ƀēē ōōƥēēñēēđ: īīţ īīš ñōōţ àà ŕēēĝŭŭĺààŕ ƒīīĺēē (àà đēēʋīīçēē, ƥīīƥēē ōōŕ ƒōōĺđēēŕ çààññōōţ ƀēē ŕēēààđ).]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file could not be opened.</source>
            <translation>[Ţĥēē ƒīīĺēē çōōŭŭĺđ ñōōţ ƀēē ōōƥēēñēēđ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/export/trust.py" line="+90" />
            <source>The trust bundle repeats a field name.</source>
            <translation>[Ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ŕēēƥēēààţš àà ƒīīēēĺđ ñààɱēē.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The {what} in the trust bundle is not a JSON object.</source>
            <translation>[Ţĥēē {what} īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē īīš ñōōţ àà ĴŠŌŌÑ ōōƀĵēēçţ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The {what} in the trust bundle has a field this app does not know.</source>
            <translation>[Ţĥēē {what} īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ĥààš àà ƒīīēēĺđ ţĥīīš ààƥƥ đōōēēš ñōōţ ķñōōŵ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The {what} in the trust bundle is missing a required field.</source>
            <translation>[Ţĥēē {what} īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē īīš ɱīīššīīñĝ àà ŕēēɋŭŭīīŕēēđ ƒīīēēĺđ.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The {what} in the trust bundle must be non-empty text.</source>
            <translation>[Ţĥēē {what} īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ɱŭŭšţ ƀēē ñōōñ-ēēɱƥţŷ ţēēχţ.]</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+6" />
            <source>The {what} in the trust bundle must be a date (YYYY-MM-DD).</source>
            <translation>[Ţĥēē {what} īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ɱŭŭšţ ƀēē àà đààţēē (ŶŶŶŶ-ϺϺ-ĐĐ).]</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+5" />
            <source>A key id in the trust bundle must be 16 hexadecimal digits.</source>
            <translation>[ÀÀ ķēēŷ īīđ īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ɱŭŭšţ ƀēē 16 ĥēēχààđēēçīīɱààĺ đīīĝīīţš.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A public key in the trust bundle is not valid: {exc}</source>
            <translation>[ÀÀ ƥŭŭƀĺīīç ķēēŷ īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē īīš ñōōţ ʋààĺīīđ: {exc}]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A key id in the trust bundle does not match its public key.</source>
            <translation>[ÀÀ ķēēŷ īīđ īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē đōōēēš ñōōţ ɱààţçĥ īīţš ƥŭŭƀĺīīç ķēēŷ.]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A key in the trust bundle ends before it starts.</source>
            <translation>[ÀÀ ķēēŷ īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ēēñđš ƀēēƒōōŕēē īīţ šţààŕţš.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A key's status in the trust bundle must be active, retired or revoked.</source>
            <translation>[ÀÀ ķēēŷ'š šţààţŭŭš īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ɱŭŭšţ ƀēē ààçţīīʋēē, ŕēēţīīŕēēđ ōōŕ ŕēēʋōōķēēđ.]</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The {what} fingerprint in the trust bundle must be 64 lower-case hex digits.</source>
            <translation>[Ţĥēē {what} ƒīīñĝēēŕƥŕīīñţ īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ɱŭŭšţ ƀēē 64 ĺōōŵēēŕ-çààšēē ĥēēχ đīīĝīīţš.]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The {what} in the trust bundle must be a whole number from {low} to {high}.</source>
            <translation>[Ţĥēē {what} īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ɱŭŭšţ ƀēē àà ŵĥōōĺēē ñŭŭɱƀēēŕ ƒŕōōɱ {low} ţōō {high}.]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The {what} in the trust bundle must be a list of card ids.</source>
            <translation>[Ţĥēē {what} īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ɱŭŭšţ ƀēē àà ĺīīšţ ōōƒ çààŕđ īīđš.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The {what} in the trust bundle include something that is not a card id.</source>
            <translation>[Ţĥēē {what} īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē īīñçĺŭŭđēē šōōɱēēţĥīīñĝ ţĥààţ īīš ñōōţ àà çààŕđ īīđ.]</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+8" />
            <source>The trust bundle file is too large.</source>
            <translation>[Ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ƒīīĺēē īīš ţōōōō ĺààŕĝēē.]</translation>
        </message>
        <message>
            <location line="-4" />
            <source>The trust bundle is not UTF-8 text.</source>
            <translation>[Ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē īīš ñōōţ ŬŬŢƑ-8 ţēēχţ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The trust bundle must be text.</source>
            <translation>[Ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ɱŭŭšţ ƀēē ţēēχţ.]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The trust bundle is not valid JSON.</source>
            <translation>[Ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē īīš ñōōţ ʋààĺīīđ ĴŠŌŌÑ.]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This file is not a crisisplan trust bundle.</source>
            <translation>[Ţĥīīš ƒīīĺēē īīš ñōōţ àà çŕīīšīīšƥĺààñ ţŕŭŭšţ ƀŭŭñđĺēē.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The trust bundle's format version is not valid.</source>
            <translation>[Ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē'š ƒōōŕɱààţ ʋēēŕšīīōōñ īīš ñōōţ ʋààĺīīđ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The trust bundle was made by a newer version of the app; update the app.</source>
            <translation>[Ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ŵààš ɱààđēē ƀŷ àà ñēēŵēēŕ ʋēēŕšīīōōñ ōōƒ ţĥēē ààƥƥ; ŭŭƥđààţēē ţĥēē ààƥƥ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This is an old, unsigned trust bundle; ask the organisation for a signed one.</source>
            <translation>[Ţĥīīš īīš ààñ ōōĺđ, ŭŭñšīīĝñēēđ ţŕŭŭšţ ƀŭŭñđĺēē; ààšķ ţĥēē ōōŕĝààñīīšààţīīōōñ ƒōōŕ àà šīīĝñēēđ ōōñēē.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The keys in the trust bundle must be a list.</source>
            <translation>[Ţĥēē ķēēŷš īīñ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ɱŭŭšţ ƀēē àà ĺīīšţ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The trust bundle lists the same key twice.</source>
            <translation>[Ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ĺīīšţš ţĥēē šààɱēē ķēēŷ ţŵīīçēē.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/export/verify.py" line="+80" />
            <source>This card is genuine: it was issued by a trusted organisation, has not been altered, and is within its review date.</source>
            <translation>[Ţĥīīš çààŕđ īīš ĝēēñŭŭīīñēē: īīţ ŵààš īīššŭŭēēđ ƀŷ àà ţŕŭŭšţēēđ ōōŕĝààñīīšààţīīōōñ, ĥààš ñōōţ ƀēēēēñ ààĺţēēŕēēđ, ààñđ īīš ŵīīţĥīīñ īīţš ŕēēʋīīēēŵ đààţēē.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This card is genuine and has not been altered, but its review date has passed, so some information may be out of date. Use it with care and check with the issuing service if you can.</source>
            <translation>[Ţĥīīš çààŕđ īīš ĝēēñŭŭīīñēē ààñđ ĥààš ñōōţ ƀēēēēñ ààĺţēēŕēēđ, ƀŭŭţ īīţš ŕēēʋīīēēŵ đààţēē ĥààš ƥààššēēđ, šōō šōōɱēē īīñƒōōŕɱààţīīōōñ ɱààŷ ƀēē ōōŭŭţ ōōƒ đààţēē. ŬŬšēē īīţ ŵīīţĥ çààŕēē ààñđ çĥēēçķ ŵīīţĥ ţĥēē īīššŭŭīīñĝ šēēŕʋīīçēē īīƒ ŷōōŭŭ çààñ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Do not rely on this card: it has been replaced by a newer card or withdrawn by the organisation that issued it. Contact the crisis team for current information.</source>
            <translation>[Đōō ñōōţ ŕēēĺŷ ōōñ ţĥīīš çààŕđ: īīţ ĥààš ƀēēēēñ ŕēēƥĺààçēēđ ƀŷ àà ñēēŵēēŕ çààŕđ ōōŕ ŵīīţĥđŕààŵñ ƀŷ ţĥēē ōōŕĝààñīīšààţīīōōñ ţĥààţ īīššŭŭēēđ īīţ. Çōōñţààçţ ţĥēē çŕīīšīīš ţēēààɱ ƒōōŕ çŭŭŕŕēēñţ īīñƒōōŕɱààţīīōōñ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Do not rely on this card: it was not signed by an organisation this computer trusts. It may come from another area, or it may be forged.</source>
            <translation>[Đōō ñōōţ ŕēēĺŷ ōōñ ţĥīīš çààŕđ: īīţ ŵààš ñōōţ šīīĝñēēđ ƀŷ ààñ ōōŕĝààñīīšààţīīōōñ ţĥīīš çōōɱƥŭŭţēēŕ ţŕŭŭšţš. ĪĪţ ɱààŷ çōōɱēē ƒŕōōɱ ààñōōţĥēēŕ ààŕēēàà, ōōŕ īīţ ɱààŷ ƀēē ƒōōŕĝēēđ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Do not rely on this card: it has been altered or damaged.</source>
            <translation>[Đōō ñōōţ ŕēēĺŷ ōōñ ţĥīīš çààŕđ: īīţ ĥààš ƀēēēēñ ààĺţēēŕēēđ ōōŕ đààɱààĝēēđ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is not a crisis card: the code does not contain crisis card information.</source>
            <translation>[Ţĥīīš īīš ñōōţ àà çŕīīšīīš çààŕđ: ţĥēē çōōđēē đōōēēš ñōōţ çōōñţààīīñ çŕīīšīīš çààŕđ īīñƒōōŕɱààţīīōōñ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This card is genuine but was issued for another service, so its contents are not shown. Contact the crisis team for the information you need.</source>
            <translation>[Ţĥīīš çààŕđ īīš ĝēēñŭŭīīñēē ƀŭŭţ ŵààš īīššŭŭēēđ ƒōōŕ ààñōōţĥēēŕ šēēŕʋīīçēē, šōō īīţš çōōñţēēñţš ààŕēē ñōōţ šĥōōŵñ. Çōōñţààçţ ţĥēē çŕīīšīīš ţēēààɱ ƒōōŕ ţĥēē īīñƒōōŕɱààţīīōōñ ŷōōŭŭ ñēēēēđ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Do not rely on this card: it is older than the longest time a card may be used under the local protocol. Contact the crisis team for current information.</source>
            <translation>[Đōō ñōōţ ŕēēĺŷ ōōñ ţĥīīš çààŕđ: īīţ īīš ōōĺđēēŕ ţĥààñ ţĥēē ĺōōñĝēēšţ ţīīɱēē àà çààŕđ ɱààŷ ƀēē ŭŭšēēđ ŭŭñđēēŕ ţĥēē ĺōōçààĺ ƥŕōōţōōçōōĺ. Çōōñţààçţ ţĥēē çŕīīšīīš ţēēààɱ ƒōōŕ çŭŭŕŕēēñţ īīñƒōōŕɱààţīīōōñ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Could not read a code. Try again with more light, or hold the camera or scanner closer and steadier.</source>
            <translation>[Çōōŭŭĺđ ñōōţ ŕēēààđ àà çōōđēē. Ţŕŷ ààĝààīīñ ŵīīţĥ ɱōōŕēē ĺīīĝĥţ, ōōŕ ĥōōĺđ ţĥēē çààɱēēŕàà ōōŕ šçààññēēŕ çĺōōšēēŕ ààñđ šţēēààđīīēēŕ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This file is too complex to check safely (it needed more memory or time than a card ever does). Scan or photograph the printed card instead.</source>
            <translation>[Ţĥīīš ƒīīĺēē īīš ţōōōō çōōɱƥĺēēχ ţōō çĥēēçķ šààƒēēĺŷ (īīţ ñēēēēđēēđ ɱōōŕēē ɱēēɱōōŕŷ ōōŕ ţīīɱēē ţĥààñ àà çààŕđ ēēʋēēŕ đōōēēš). Šçààñ ōōŕ ƥĥōōţōōĝŕààƥĥ ţĥēē ƥŕīīñţēēđ çààŕđ īīñšţēēààđ.]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Do not rely on this card: the key it was signed with has been revoked by the organisation (for example because it may have been compromised). Contact the crisis team.</source>
            <translation>[Đōō ñōōţ ŕēēĺŷ ōōñ ţĥīīš çààŕđ: ţĥēē ķēēŷ īīţ ŵààš šīīĝñēēđ ŵīīţĥ ĥààš ƀēēēēñ ŕēēʋōōķēēđ ƀŷ ţĥēē ōōŕĝààñīīšààţīīōōñ (ƒōōŕ ēēχààɱƥĺēē ƀēēçààŭŭšēē īīţ ɱààŷ ĥààʋēē ƀēēēēñ çōōɱƥŕōōɱīīšēēđ). Çōōñţààçţ ţĥēē çŕīīšīīš ţēēààɱ.]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Do not rely on this card: it was signed with a key that was not trusted on the date the card says it was issued.</source>
            <translation>[Đōō ñōōţ ŕēēĺŷ ōōñ ţĥīīš çààŕđ: īīţ ŵààš šīīĝñēēđ ŵīīţĥ àà ķēēŷ ţĥààţ ŵààš ñōōţ ţŕŭŭšţēēđ ōōñ ţĥēē đààţēē ţĥēē çààŕđ šààŷš īīţ ŵààš īīššŭŭēēđ.]</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <location filename="../../crisisplan/ui/formatting.py" line="+71" />
            <location filename="../../crisisplan/ui/plans/page.py" line="-168" />
            <source>{date} (overdue)</source>
            <translation>[{date} (ōōʋēēŕđŭŭēē)]</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../crisisplan/ui/plans/page.py" line="+1" />
            <source>{date} (due soon)</source>
            <translation>[{date} (đŭŭēē šōōōōñ)]</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../crisisplan/forms/rules.py" line="+131" />
            <source>no record of the date it was made, so it cannot be checked that the person was 18 or over</source>
            <translation>[ñōō ŕēēçōōŕđ ōōƒ ţĥēē đààţēē īīţ ŵààš ɱààđēē, šōō īīţ çààññōōţ ƀēē çĥēēçķēēđ ţĥààţ ţĥēē ƥēēŕšōōñ ŵààš 18 ōōŕ ōōʋēēŕ]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the date it was made is in the future</source>
            <translation>[ţĥēē đààţēē īīţ ŵààš ɱààđēē īīš īīñ ţĥēē ƒŭŭţŭŭŕēē]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the person's date of birth is not recorded, so it cannot be checked that they were 18 or over when it was made</source>
            <translation>[ţĥēē ƥēēŕšōōñ'š đààţēē ōōƒ ƀīīŕţĥ īīš ñōōţ ŕēēçōōŕđēēđ, šōō īīţ çààññōōţ ƀēē çĥēēçķēēđ ţĥààţ ţĥēēŷ ŵēēŕēē 18 ōōŕ ōōʋēēŕ ŵĥēēñ īīţ ŵààš ɱààđēē]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>made before the person was 18</source>
            <translation>[ɱààđēē ƀēēƒōōŕēē ţĥēē ƥēēŕšōōñ ŵààš 18]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>refuses life-sustaining treatment but is not written down</source>
            <translation>[ŕēēƒŭŭšēēš ĺīīƒēē-šŭŭšţààīīñīīñĝ ţŕēēààţɱēēñţ ƀŭŭţ īīš ñōōţ ŵŕīīţţēēñ đōōŵñ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>refuses life-sustaining treatment but is not signed</source>
            <translation>[ŕēēƒŭŭšēēš ĺīīƒēē-šŭŭšţààīīñīīñĝ ţŕēēààţɱēēñţ ƀŭŭţ īīš ñōōţ šīīĝñēēđ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>refuses life-sustaining treatment but is not witnessed</source>
            <translation>[ŕēēƒŭŭšēēš ĺīīƒēē-šŭŭšţààīīñīīñĝ ţŕēēààţɱēēñţ ƀŭŭţ īīš ñōōţ ŵīīţñēēššēēđ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>refuses life-sustaining treatment but does not say it applies even if life is at risk</source>
            <translation>[ŕēēƒŭŭšēēš ĺīīƒēē-šŭŭšţààīīñīīñĝ ţŕēēààţɱēēñţ ƀŭŭţ đōōēēš ñōōţ šààŷ īīţ ààƥƥĺīīēēš ēēʋēēñ īīƒ ĺīīƒēē īīš ààţ ŕīīšķ]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>refers to a lasting power of attorney that is not in the plan</source>
            <translation>[ŕēēƒēēŕš ţōō àà ĺààšţīīñĝ ƥōōŵēēŕ ōōƒ ààţţōōŕñēēŷ ţĥààţ īīš ñōōţ īīñ ţĥēē ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the linked entry is not a lasting power of attorney for health and welfare, so it cannot cover this decision; check the link</source>
            <translation>[ţĥēē ĺīīñķēēđ ēēñţŕŷ īīš ñōōţ àà ĺààšţīīñĝ ƥōōŵēēŕ ōōƒ ààţţōōŕñēēŷ ƒōōŕ ĥēēààĺţĥ ààñđ ŵēēĺƒààŕēē, šōō īīţ çààññōōţ çōōʋēēŕ ţĥīīš đēēçīīšīīōōñ; çĥēēçķ ţĥēē ĺīīñķ]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a lasting power of attorney covers this treatment, but the dates are missing: check whether it was made after the advance decision (if so, the decision no longer applies)</source>
            <translation>[àà ĺààšţīīñĝ ƥōōŵēēŕ ōōƒ ààţţōōŕñēēŷ çōōʋēēŕš ţĥīīš ţŕēēààţɱēēñţ, ƀŭŭţ ţĥēē đààţēēš ààŕēē ɱīīššīīñĝ: çĥēēçķ ŵĥēēţĥēēŕ īīţ ŵààš ɱààđēē ààƒţēēŕ ţĥēē ààđʋààñçēē đēēçīīšīīōōñ (īīƒ šōō, ţĥēē đēēçīīšīīōōñ ñōō ĺōōñĝēēŕ ààƥƥĺīīēēš)]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a later lasting power of attorney covers this decision, so it no longer applies</source>
            <translation>[àà ĺààţēēŕ ĺààšţīīñĝ ƥōōŵēēŕ ōōƒ ààţţōōŕñēēŷ çōōʋēēŕš ţĥīīš đēēçīīšīīōōñ, šōō īīţ ñōō ĺōōñĝēēŕ ààƥƥĺīīēēš]</translation>
        </message>
        <message>
            <location line="+17" />
            <source>advance decisions can only refuse treatment: this reads as a request</source>
            <translation>[ààđʋààñçēē đēēçīīšīīōōñš çààñ ōōñĺŷ ŕēēƒŭŭšēē ţŕēēààţɱēēñţ: ţĥīīš ŕēēààđš ààš àà ŕēēɋŭŭēēšţ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>does not say which treatment is refused</source>
            <translation>[đōōēēš ñōōţ šààŷ ŵĥīīçĥ ţŕēēààţɱēēñţ īīš ŕēēƒŭŭšēēđ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no record that the person had capacity</source>
            <translation>[ñōō ŕēēçōōŕđ ţĥààţ ţĥēē ƥēēŕšōōñ ĥààđ çààƥààçīīţŷ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the person did not have capacity when it was made</source>
            <translation>[ţĥēē ƥēēŕšōōñ đīīđ ñōōţ ĥààʋēē çààƥààçīīţŷ ŵĥēēñ īīţ ŵààš ɱààđēē]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>witnessed, but the witness's name is not recorded</source>
            <translation>[ŵīīţñēēššēēđ, ƀŭŭţ ţĥēē ŵīīţñēēšš'š ñààɱēē īīš ñōōţ ŕēēçōōŕđēēđ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>withdrawn on {day}</source>
            <translation>[ŵīīţĥđŕààŵñ ōōñ {day}]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/forms/texts_for_translation.py" line="+7" />
            <source>24-hour access to services</source>
            <translation>[24-ĥōōŭŭŕ ààççēēšš ţōō šēēŕʋīīçēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>24-hour crisis numbers</source>
            <translation>[24-ĥōōŭŭŕ çŕīīšīīš ñŭŭɱƀēēŕš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A UK postcode, e.g. OX4 1AB.</source>
            <translation>[ÀÀ ŬŬĶ ƥōōšţçōōđēē, ēē.ĝ. ŌŌχ4 1ÀÀƁ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A legal duty or court order</source>
            <translation>[ÀÀ ĺēēĝààĺ đŭŭţŷ ōōŕ çōōŭŭŕţ ōōŕđēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About me</source>
            <translation>[ÀÀƀōōŭŭţ ɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>[ÀÀđđŕēēšš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address and contact details</source>
            <translation>[ÀÀđđŕēēšš ààñđ çōōñţààçţ đēēţààīīĺš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address if different</source>
            <translation>[ÀÀđđŕēēšš īīƒ đīīƒƒēēŕēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address line 1</source>
            <translation>[ÀÀđđŕēēšš ĺīīñēē 1]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address line 2</source>
            <translation>[ÀÀđđŕēēšš ĺīīñēē 2]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Advance decisions (refusals of treatment)</source>
            <translation>[ÀÀđʋààñçēē đēēçīīšīīōōñš (ŕēēƒŭŭšààĺš ōōƒ ţŕēēààţɱēēñţ)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Advance decisions to refuse treatment</source>
            <translation>[ÀÀđʋààñçēē đēēçīīšīīōōñš ţōō ŕēēƒŭŭšēē ţŕēēààţɱēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Advance statement</source>
            <translation>[ÀÀđʋààñçēē šţààţēēɱēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Advocate</source>
            <translation>[ÀÀđʋōōçààţēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age</source>
            <translation>[ÀÀĝēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreed</source>
            <translation>[ÀÀĝŕēēēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreement recorded by</source>
            <translation>[ÀÀĝŕēēēēɱēēñţ ŕēēçōōŕđēēđ ƀŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allergic to</source>
            <translation>[ÀÀĺĺēēŕĝīīç ţōō]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allergies</source>
            <translation>[ÀÀĺĺēēŕĝīīēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alternative offered</source>
            <translation>[ÀÀĺţēēŕñààţīīʋēē ōōƒƒēēŕēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An advance decision may not stop treatment for a mental disorder given under the Mental Health Act 1983: such treatment can be given even though a valid advance decision refuses it. Electroconvulsive therapy (ECT) is the exception: a valid and applicable advance decision refusing ECT must be followed except in an emergency. Treatment for physical health is not covered by the Mental Health Act, so a valid advance decision refusing it still applies.</source>
            <translation>[ÀÀñ ààđʋààñçēē đēēçīīšīīōōñ ɱààŷ ñōōţ šţōōƥ ţŕēēààţɱēēñţ ƒōōŕ àà ɱēēñţààĺ đīīšōōŕđēēŕ ĝīīʋēēñ ŭŭñđēēŕ ţĥēē Ϻēēñţààĺ Ĥēēààĺţĥ ÀÀçţ 1983: šŭŭçĥ ţŕēēààţɱēēñţ çààñ ƀēē ĝīīʋēēñ ēēʋēēñ ţĥōōŭŭĝĥ àà ʋààĺīīđ ààđʋààñçēē đēēçīīšīīōōñ ŕēēƒŭŭšēēš īīţ. ĒĒĺēēçţŕōōçōōñʋŭŭĺšīīʋēē ţĥēēŕààƥŷ (ĒĒÇŢ) īīš ţĥēē ēēχçēēƥţīīōōñ: àà ʋààĺīīđ ààñđ ààƥƥĺīīçààƀĺēē ààđʋààñçēē đēēçīīšīīōōñ ŕēēƒŭŭšīīñĝ ĒĒÇŢ ɱŭŭšţ ƀēē ƒōōĺĺōōŵēēđ ēēχçēēƥţ īīñ ààñ ēēɱēēŕĝēēñçŷ. Ţŕēēààţɱēēñţ ƒōōŕ ƥĥŷšīīçààĺ ĥēēààĺţĥ īīš ñōōţ çōōʋēēŕēēđ ƀŷ ţĥēē Ϻēēñţààĺ Ĥēēààĺţĥ ÀÀçţ, šōō àà ʋààĺīīđ ààđʋààñçēē đēēçīīšīīōōñ ŕēēƒŭŭšīīñĝ īīţ šţīīĺĺ ààƥƥĺīīēēš.]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Another gender (described in own words)</source>
            <translation>[ÀÀñōōţĥēēŕ ĝēēñđēēŕ (đēēšçŕīīƀēēđ īīñ ōōŵñ ŵōōŕđš)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything else</source>
            <translation>[ÀÀñŷţĥīīñĝ ēēĺšēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything else about going into hospital</source>
            <translation>[ÀÀñŷţĥīīñĝ ēēĺšēē ààƀōōŭŭţ ĝōōīīñĝ īīñţōō ĥōōšƥīīţààĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything else about my home</source>
            <translation>[ÀÀñŷţĥīīñĝ ēēĺšēē ààƀōōŭŭţ ɱŷ ĥōōɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything else about their care</source>
            <translation>[ÀÀñŷţĥīīñĝ ēēĺšēē ààƀōōŭŭţ ţĥēēīīŕ çààŕēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Benefits</source>
            <translation>[Ɓēēñēēƒīīţš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bills and rent</source>
            <translation>[Ɓīīĺĺš ààñđ ŕēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Capacity assessed by</source>
            <translation>[Çààƥààçīīţŷ ààššēēššēēđ ƀŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Care coordinator</source>
            <translation>[Çààŕēē çōōōōŕđīīñààţōōŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Carer</source>
            <translation>[Çààŕēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Carer or relative</source>
            <translation>[Çààŕēēŕ ōōŕ ŕēēĺààţīīʋēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child's name</source>
            <translation>[Çĥīīĺđ'š ñààɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Children</source>
            <translation>[Çĥīīĺđŕēēñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Children and young people</source>
            <translation>[Çĥīīĺđŕēēñ ààñđ ŷōōŭŭñĝ ƥēēōōƥĺēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Children, dependants and pets</source>
            <translation>[Çĥīīĺđŕēēñ, đēēƥēēñđààñţš ààñđ ƥēēţš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Children, dependants, pets or anything else that affects the best response.</source>
            <translation>[Çĥīīĺđŕēēñ, đēēƥēēñđààñţš, ƥēēţš ōōŕ ààñŷţĥīīñĝ ēēĺšēē ţĥààţ ààƒƒēēçţš ţĥēē ƀēēšţ ŕēēšƥōōñšēē.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Circumstances in which it applies</source>
            <translation>[Çīīŕçŭŭɱšţààñçēēš īīñ ŵĥīīçĥ īīţ ààƥƥĺīīēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinical information</source>
            <translation>[Çĺīīñīīçààĺ īīñƒōōŕɱààţīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinical information (therapy, diagnosis)</source>
            <translation>[Çĺīīñīīçààĺ īīñƒōōŕɱààţīīōōñ (ţĥēēŕààƥŷ, đīīààĝñōōšīīš)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinician / care coordinator</source>
            <translation>[Çĺīīñīīçīīààñ / çààŕēē çōōōōŕđīīñààţōōŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>College</source>
            <translation>[Çōōĺĺēēĝēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Communication needs</source>
            <translation>[Çōōɱɱŭŭñīīçààţīīōōñ ñēēēēđš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Competence assessed by</source>
            <translation>[Çōōɱƥēēţēēñçēē ààššēēššēēđ ƀŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Competent to consent (Gillick competent)</source>
            <translation>[Çōōɱƥēēţēēñţ ţōō çōōñšēēñţ (Ĝīīĺĺīīçķ çōōɱƥēēţēēñţ)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confusion</source>
            <translation>[Çōōñƒŭŭšīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>[Çōōñšēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent given</source>
            <translation>[Çōōñšēēñţ ĝīīʋēēñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent of the person</source>
            <translation>[Çōōñšēēñţ ōōƒ ţĥēē ƥēēŕšōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent refused</source>
            <translation>[Çōōñšēēñţ ŕēēƒŭŭšēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent to sharing</source>
            <translation>[Çōōñšēēñţ ţōō šĥààŕīīñĝ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultant</source>
            <translation>[Çōōñšŭŭĺţààñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact at school</source>
            <translation>[Çōōñţààçţ ààţ šçĥōōōōĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact them in a crisis</source>
            <translation>[Çōōñţààçţ ţĥēēɱ īīñ àà çŕīīšīīš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copies of the plan go to</source>
            <translation>[Çōōƥīīēēš ōōƒ ţĥēē ƥĺààñ ĝōō ţōō]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County</source>
            <translation>[Çōōŭŭñţŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Crisis café or safe haven</source>
            <translation>[Çŕīīšīīš çààƒé ōōŕ šààƒēē ĥààʋēēñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Crisis house</source>
            <translation>[Çŕīīšīīš ĥōōŭŭšēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Crisis line</source>
            <translation>[Çŕīīšīīš ĺīīñēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Crisis resolution and home treatment team</source>
            <translation>[Çŕīīšīīš ŕēēšōōĺŭŭţīīōōñ ààñđ ĥōōɱēē ţŕēēààţɱēēñţ ţēēààɱ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Crisis team</source>
            <translation>[Çŕīīšīīš ţēēààɱ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>[Đààţēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date agreed</source>
            <translation>[Đààţēē ààĝŕēēēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date competence assessed</source>
            <translation>[Đààţēē çōōɱƥēēţēēñçēē ààššēēššēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date made</source>
            <translation>[Đààţēē ɱààđēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>[Đààţēē ōōƒ ƀīīŕţĥ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth / age</source>
            <translation>[Đààţēē ōōƒ ƀīīŕţĥ / ààĝēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of the review</source>
            <translation>[Đààţēē ōōƒ ţĥēē ŕēēʋīīēēŵ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date registered</source>
            <translation>[Đààţēē ŕēēĝīīšţēēŕēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date signed</source>
            <translation>[Đààţēē šīīĝñēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date the statement was made</source>
            <translation>[Đààţēē ţĥēē šţààţēēɱēēñţ ŵààš ɱààđēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date withdrawn</source>
            <translation>[Đààţēē ŵīīţĥđŕààŵñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decisions it was assessed for, for example sharing with school only; a card never reads it as consent to more.</source>
            <translation>[Đēēçīīšīīōōñš īīţ ŵààš ààššēēššēēđ ƒōōŕ, ƒōōŕ ēēχààɱƥĺēē šĥààŕīīñĝ ŵīīţĥ šçĥōōōōĺ ōōñĺŷ; àà çààŕđ ñēēʋēēŕ ŕēēààđš īīţ ààš çōōñšēēñţ ţōō ɱōōŕēē.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Description (if name or address unknown)</source>
            <translation>[Đēēšçŕīīƥţīīōōñ (īīƒ ñààɱēē ōōŕ ààđđŕēēšš ŭŭñķñōōŵñ)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>[Đēēţààīīĺš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diagnosis</source>
            <translation>[Đīīààĝñōōšīīš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dietary requirements</source>
            <translation>[Đīīēēţààŕŷ ŕēēɋŭŭīīŕēēɱēēñţš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Direct care (the organisation's own care record)</source>
            <translation>[Đīīŕēēçţ çààŕēē (ţĥēē ōōŕĝààñīīšààţīīōōñ'š ōōŵñ çààŕēē ŕēēçōōŕđ)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dose and how often</source>
            <translation>[Đōōšēē ààñđ ĥōōŵ ōōƒţēēñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draft</source>
            <translation>[Đŕààƒţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drink or drug use (known in advance)</source>
            <translation>[Đŕīīñķ ōōŕ đŕŭŭĝ ŭŭšēē (ķñōōŵñ īīñ ààđʋààñçēē)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drink or drugs (known in advance)</source>
            <translation>[Đŕīīñķ ōōŕ đŕŭŭĝš (ķñōōŵñ īīñ ààđʋààñçēē)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Early warning signs</source>
            <translation>[ĒĒààŕĺŷ ŵààŕñīīñĝ šīīĝñš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email address</source>
            <translation>[ĒĒɱààīīĺ ààđđŕēēšš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everything</source>
            <translation>[ĒĒʋēēŕŷţĥīīñĝ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exploitation by others</source>
            <translation>[ĒĒχƥĺōōīīţààţīīōōñ ƀŷ ōōţĥēēŕš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>[Ƒààçīīĺīīţààţōōŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family and carers</source>
            <translation>[Ƒààɱīīĺŷ ààñđ çààŕēēŕš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family and school (children and young people)</source>
            <translation>[Ƒààɱīīĺŷ ààñđ šçĥōōōōĺ (çĥīīĺđŕēēñ ààñđ ŷōōŭŭñĝ ƥēēōōƥĺēē)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family details</source>
            <translation>[Ƒààɱīīĺŷ đēēţààīīĺš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family name</source>
            <translation>[Ƒààɱīīĺŷ ñààɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family, friends and carers</source>
            <translation>[Ƒààɱīīĺŷ, ƒŕīīēēñđš ààñđ çààŕēēŕš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feeding and care</source>
            <translation>[Ƒēēēēđīīñĝ ààñđ çààŕēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Female</source>
            <translation>[Ƒēēɱààĺēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First language</source>
            <translation>[Ƒīīŕšţ ĺààñĝŭŭààĝēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example '24 hours' or '5pm to 9am'.</source>
            <translation>[Ƒōōŕ ēēχààɱƥĺēē '24 ĥōōŭŭŕš' ōōŕ '5ƥɱ ţōō 9ààɱ'.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example British Sign Language, easy read, hearing loop, extra time.</source>
            <translation>[Ƒōōŕ ēēχààɱƥĺēē Ɓŕīīţīīšĥ Šīīĝñ Ĺààñĝŭŭààĝēē, ēēààšŷ ŕēēààđ, ĥēēààŕīīñĝ ĺōōōōƥ, ēēχţŕàà ţīīɱēē.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example a plan held by another trust; say where it is kept.</source>
            <translation>[Ƒōōŕ ēēχààɱƥĺēē àà ƥĺààñ ĥēēĺđ ƀŷ ààñōōţĥēēŕ ţŕŭŭšţ; šààŷ ŵĥēēŕēē īīţ īīš ķēēƥţ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example diabetes or epilepsy.</source>
            <translation>[Ƒōōŕ ēēχààɱƥĺēē đīīààƀēēţēēš ōōŕ ēēƥīīĺēēƥšŷ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example lives alone, with family, supported housing.</source>
            <translation>[Ƒōōŕ ēēχààɱƥĺēē ĺīīʋēēš ààĺōōñēē, ŵīīţĥ ƒààɱīīĺŷ, šŭŭƥƥōōŕţēēđ ĥōōŭŭšīīñĝ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example mother, father, local authority.</source>
            <translation>[Ƒōōŕ ēēχààɱƥĺēē ɱōōţĥēēŕ, ƒààţĥēēŕ, ĺōōçààĺ ààŭŭţĥōōŕīīţŷ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example penicillin or peanuts.</source>
            <translation>[Ƒōōŕ ēēχààɱƥĺēē ƥēēñīīçīīĺĺīīñ ōōŕ ƥēēààñŭŭţš.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GP</source>
            <translation>[ĜƤ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GP and mental health services involved</source>
            <translation>[ĜƤ ààñđ ɱēēñţààĺ ĥēēààĺţĥ šēēŕʋīīçēēš īīñʋōōĺʋēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GP practice</source>
            <translation>[ĜƤ ƥŕààçţīīçēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GP practice clinician</source>
            <translation>[ĜƤ ƥŕààçţīīçēē çĺīīñīīçīīààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GP practice phone</source>
            <translation>[ĜƤ ƥŕààçţīīçēē ƥĥōōñēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GP's name</source>
            <translation>[ĜƤ'š ñààɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gender</source>
            <translation>[Ĝēēñđēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gender (in the person's own words)</source>
            <translation>[Ĝēēñđēēŕ (īīñ ţĥēē ƥēēŕšōōñ'š ōōŵñ ŵōōŕđš)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given name</source>
            <translation>[Ĝīīʋēēñ ñààɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Has a crisis plan / advance statement</source>
            <translation>[Ĥààš àà çŕīīšīīš ƥĺààñ / ààđʋààñçēē šţààţēēɱēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Health condition</source>
            <translation>[Ĥēēààĺţĥ çōōñđīīţīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Health conditions</source>
            <translation>[Ĥēēààĺţĥ çōōñđīīţīīōōñš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Health conditions and allergies (e.g. diabetes)</source>
            <translation>[Ĥēēààĺţĥ çōōñđīīţīīōōñš ààñđ ààĺĺēēŕĝīīēēš (ēē.ĝ. đīīààƀēēţēēš)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Helpline</source>
            <translation>[Ĥēēĺƥĺīīñēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital</source>
            <translation>[Ĥōōšƥīīţààĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How I usually present in a crisis</source>
            <translation>[Ĥōōŵ ĪĪ ŭŭšŭŭààĺĺŷ ƥŕēēšēēñţ īīñ àà çŕīīšīīš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How I want my family and carers involved</source>
            <translation>[Ĥōōŵ ĪĪ ŵààñţ ɱŷ ƒààɱīīĺŷ ààñđ çààŕēēŕš īīñʋōōĺʋēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How I want to be spoken to</source>
            <translation>[Ĥōōŵ ĪĪ ŵààñţ ţōō ƀēē šƥōōķēēñ ţōō]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How I would like to be taken to hospital</source>
            <translation>[Ĥōōŵ ĪĪ ŵōōŭŭĺđ ĺīīķēē ţōō ƀēē ţààķēēñ ţōō ĥōōšƥīīţààĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How and when to get in touch</source>
            <translation>[Ĥōōŵ ààñđ ŵĥēēñ ţōō ĝēēţ īīñ ţōōŭŭçĥ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How it helps</source>
            <translation>[Ĥōōŵ īīţ ĥēēĺƥš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How the person usually presents in a crisis (known in advance)</source>
            <translation>[Ĥōōŵ ţĥēē ƥēēŕšōōñ ŭŭšŭŭààĺĺŷ ƥŕēēšēēñţš īīñ àà çŕīīšīīš (ķñōōŵñ īīñ ààđʋààñçēē)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How to recognise the person if their name or address cannot be found out (height, build, hair, distinguishing features).</source>
            <translation>[Ĥōōŵ ţōō ŕēēçōōĝñīīšēē ţĥēē ƥēēŕšōōñ īīƒ ţĥēēīīŕ ñààɱēē ōōŕ ààđđŕēēšš çààññōōţ ƀēē ƒōōŭŭñđ ōōŭŭţ (ĥēēīīĝĥţ, ƀŭŭīīĺđ, ĥààīīŕ, đīīšţīīñĝŭŭīīšĥīīñĝ ƒēēààţŭŭŕēēš).]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If I go into hospital</source>
            <translation>[ĪĪƒ ĪĪ ĝōō īīñţōō ĥōōšƥīīţààĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>If I have to be restrained</source>
            <translation>[ĪĪƒ ĪĪ ĥààʋēē ţōō ƀēē ŕēēšţŕààīīñēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>If not English.</source>
            <translation>[ĪĪƒ ñōōţ ĒĒñĝĺīīšĥ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Impaired judgement</source>
            <translation>[ĪĪɱƥààīīŕēēđ ĵŭŭđĝēēɱēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Information</source>
            <translation>[ĪĪñƒōōŕɱààţīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Information-governance lead</source>
            <translation>[ĪĪñƒōōŕɱààţīīōōñ-ĝōōʋēēŕñààñçēē ĺēēààđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Involved professional</source>
            <translation>[ĪĪñʋōōĺʋēēđ ƥŕōōƒēēššīīōōñààĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Involved professional's phone</source>
            <translation>[ĪĪñʋōōĺʋēēđ ƥŕōōƒēēššīīōōñààĺ'š ƥĥōōñēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Involved professional's role</source>
            <translation>[ĪĪñʋōōĺʋēēđ ƥŕōōƒēēššīīōōñààĺ'š ŕōōĺēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Is my carer</source>
            <translation>[ĪĪš ɱŷ çààŕēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of animal</source>
            <translation>[Ķīīñđ ōōƒ ààñīīɱààĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of place</source>
            <translation>[Ķīīñđ ōōƒ ƥĺààçēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of risk</source>
            <translation>[Ķīīñđ ōōƒ ŕīīšķ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of service</source>
            <translation>[Ķīīñđ ōōƒ šēēŕʋīīçēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of support</source>
            <translation>[Ķīīñđ ōōƒ šŭŭƥƥōōŕţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Known in advance, not a description of a current crisis.</source>
            <translation>[Ķñōōŵñ īīñ ààđʋààñçēē, ñōōţ àà đēēšçŕīīƥţīīōōñ ōōƒ àà çŭŭŕŕēēñţ çŕīīšīīš.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language and communication needs</source>
            <translation>[Ĺààñĝŭŭààĝēē ààñđ çōōɱɱŭŭñīīçààţīīōōñ ñēēēēđš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language or dialect for the interpreter</source>
            <translation>[Ĺààñĝŭŭààĝēē ōōŕ đīīààĺēēçţ ƒōōŕ ţĥēē īīñţēēŕƥŕēēţēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language they speak</source>
            <translation>[Ĺààñĝŭŭààĝēē ţĥēēŷ šƥēēààķ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lasting power of attorney covering this decision</source>
            <translation>[Ĺààšţīīñĝ ƥōōŵēēŕ ōōƒ ààţţōōŕñēēŷ çōōʋēēŕīīñĝ ţĥīīš đēēçīīšīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lasting power of attorney for health and welfare</source>
            <translation>[Ĺààšţīīñĝ ƥōōŵēēŕ ōōƒ ààţţōōŕñēēŷ ƒōōŕ ĥēēààĺţĥ ààñđ ŵēēĺƒààŕēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lasting power of attorney for property and financial affairs</source>
            <translation>[Ĺààšţīīñĝ ƥōōŵēēŕ ōōƒ ààţţōōŕñēēŷ ƒōōŕ ƥŕōōƥēēŕţŷ ààñđ ƒīīñààñçīīààĺ ààƒƒààīīŕš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lasting power of attorney or nominated person</source>
            <translation>[Ĺààšţīīñĝ ƥōōŵēēŕ ōōƒ ààţţōōŕñēēŷ ōōŕ ñōōɱīīñààţēēđ ƥēēŕšōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lasting powers of attorney and nominated people</source>
            <translation>[Ĺààšţīīñĝ ƥōōŵēēŕš ōōƒ ààţţōōŕñēēŷ ààñđ ñōōɱīīñààţēēđ ƥēēōōƥĺēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave unset to decide from the date of birth (under 18).</source>
            <translation>[Ĺēēààʋēē ŭŭñšēēţ ţōō đēēçīīđēē ƒŕōōɱ ţĥēē đààţēē ōōƒ ƀīīŕţĥ (ŭŭñđēēŕ 18).]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Living situation</source>
            <translation>[Ĺīīʋīīñĝ šīīţŭŭààţīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Making and reviewing the plan</source>
            <translation>[Ϻààķīīñĝ ààñđ ŕēēʋīīēēŵīīñĝ ţĥēē ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>[Ϻààĺēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication that does not help me</source>
            <translation>[Ϻēēđīīçààţīīōōñ ţĥààţ đōōēēš ñōōţ ĥēēĺƥ ɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication that helps me</source>
            <translation>[Ϻēēđīīçààţīīōōñ ţĥààţ ĥēēĺƥš ɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medicine</source>
            <translation>[Ϻēēđīīçīīñēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mental health team</source>
            <translation>[Ϻēēñţààĺ ĥēēààĺţĥ ţēēààɱ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mental health team phone</source>
            <translation>[Ϻēēñţààĺ ĥēēààĺţĥ ţēēààɱ ƥĥōōñēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missing from home</source>
            <translation>[Ϻīīššīīñĝ ƒŕōōɱ ĥōōɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>More about what they may be told</source>
            <translation>[Ϻōōŕēē ààƀōōŭŭţ ŵĥààţ ţĥēēŷ ɱààŷ ƀēē ţōōĺđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>My home</source>
            <translation>[Ϻŷ ĥōōɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NHS number</source>
            <translation>[ÑĤŠ ñŭŭɱƀēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>[Ñààɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name of the place</source>
            <translation>[Ñààɱēē ōōƒ ţĥēē ƥĺààçēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Named contacts</source>
            <translation>[Ñààɱēēđ çōōñţààçţš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Named professional contacts</source>
            <translation>[Ñààɱēēđ ƥŕōōƒēēššīīōōñààĺ çōōñţààçţš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nearest relative (Mental Health Act)</source>
            <translation>[Ñēēààŕēēšţ ŕēēĺààţīīʋēē (Ϻēēñţààĺ Ĥēēààĺţĥ ÀÀçţ)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Need to know in a crisis</source>
            <translation>[Ñēēēēđ ţōō ķñōōŵ īīñ àà çŕīīšīīš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs an interpreter</source>
            <translation>[Ñēēēēđš ààñ īīñţēēŕƥŕēēţēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No fixed address</source>
            <translation>[Ñōō ƒīīχēēđ ààđđŕēēšš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No known allergies</source>
            <translation>[Ñōō ķñōōŵñ ààĺĺēēŕĝīīēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No review date</source>
            <translation>[Ñōō ŕēēʋīīēēŵ đààţēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nominated person</source>
            <translation>[Ñōōɱīīñààţēēđ ƥēēŕšōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Non-binary</source>
            <translation>[Ñōōñ-ƀīīñààŕŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not asked yet</source>
            <translation>[Ñōōţ ààšķēēđ ŷēēţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not asked yet: the person has not been asked about sharing these items</source>
            <translation>[Ñōōţ ààšķēēđ ŷēēţ: ţĥēē ƥēēŕšōōñ ĥààš ñōōţ ƀēēēēñ ààšķēēđ ààƀōōŭŭţ šĥààŕīīñĝ ţĥēēšēē īīţēēɱš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not shared</source>
            <translation>[Ñōōţ šĥààŕēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing</source>
            <translation>[Ñōōţĥīīñĝ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only that I am in crisis and where I am</source>
            <translation>[ŌŌñĺŷ ţĥààţ ĪĪ ààɱ īīñ çŕīīšīīš ààñđ ŵĥēēŕēē ĪĪ ààɱ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>[ŌŌŕĝààñīīšààţīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation or relationship</source>
            <translation>[ŌŌŕĝààñīīšààţīīōōñ ōōŕ ŕēēĺààţīīōōñšĥīīƥ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>[ŌŌţĥēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other clinical information</source>
            <translation>[ŌŌţĥēēŕ çĺīīñīīçààĺ īīñƒōōŕɱààţīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other crisis plans or advance statements held elsewhere</source>
            <translation>[ŌŌţĥēēŕ çŕīīšīīš ƥĺààñš ōōŕ ààđʋààñçēē šţààţēēɱēēñţš ĥēēĺđ ēēĺšēēŵĥēēŕēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other factors to take into account</source>
            <translation>[ŌŌţĥēēŕ ƒààçţōōŕš ţōō ţààķēē īīñţōō ààççōōŭŭñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other people I care for</source>
            <translation>[ŌŌţĥēēŕ ƥēēōōƥĺēē ĪĪ çààŕēē ƒōōŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other phone number</source>
            <translation>[ŌŌţĥēēŕ ƥĥōōñēē ñŭŭɱƀēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other place</source>
            <translation>[ŌŌţĥēēŕ ƥĺààçēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other risk</source>
            <translation>[ŌŌţĥēēŕ ŕīīšķ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other support</source>
            <translation>[ŌŌţĥēēŕ šŭŭƥƥōōŕţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out of hours</source>
            <translation>[ŌŌŭŭţ ōōƒ ĥōōŭŭŕš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Peer support</source>
            <translation>[Ƥēēēēŕ šŭŭƥƥōōŕţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People not to contact</source>
            <translation>[Ƥēēōōƥĺēē ñōōţ ţōō çōōñţààçţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People with parental responsibility</source>
            <translation>[Ƥēēōōƥĺēē ŵīīţĥ ƥààŕēēñţààĺ ŕēēšƥōōñšīīƀīīĺīīţŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pet's name</source>
            <translation>[Ƥēēţ'š ñààɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pets</source>
            <translation>[Ƥēēţš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone number</source>
            <translation>[Ƥĥōōñēē ñŭŭɱƀēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone number of who will look after them</source>
            <translation>[Ƥĥōōñēē ñŭŭɱƀēēŕ ōōƒ ŵĥōō ŵīīĺĺ ĺōōōōķ ààƒţēēŕ ţĥēēɱ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Physical aggression</source>
            <translation>[Ƥĥŷšīīçààĺ ààĝĝŕēēššīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Physical description</source>
            <translation>[Ƥĥŷšīīçààĺ đēēšçŕīīƥţīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Physical impairments</source>
            <translation>[Ƥĥŷšīīçààĺ īīɱƥààīīŕɱēēñţš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Physical impairments and dietary needs</source>
            <translation>[Ƥĥŷšīīçààĺ īīɱƥààīīŕɱēēñţš ààñđ đīīēēţààŕŷ ñēēēēđš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>[Ƥĺààçēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place or treatment</source>
            <translation>[Ƥĺààçēē ōōŕ ţŕēēààţɱēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Places or treatments I do not want</source>
            <translation>[Ƥĺààçēēš ōōŕ ţŕēēààţɱēēñţš ĪĪ đōō ñōōţ ŵààñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Post</source>
            <translation>[Ƥōōšţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Post-crisis reviews</source>
            <translation>[Ƥōōšţ-çŕīīšīīš ŕēēʋīīēēŵš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postcode</source>
            <translation>[Ƥōōšţçōōđēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Practical needs if I go into hospital</source>
            <translation>[Ƥŕààçţīīçààĺ ñēēēēđš īīƒ ĪĪ ĝōō īīñţōō ĥōōšƥīīţààĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preferences the team could not agree to</source>
            <translation>[Ƥŕēēƒēēŕēēñçēēš ţĥēē ţēēààɱ çōōŭŭĺđ ñōōţ ààĝŕēēēē ţōō]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preferred name</source>
            <translation>[Ƥŕēēƒēēŕŕēēđ ñààɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prefers not to say</source>
            <translation>[Ƥŕēēƒēēŕš ñōōţ ţōō šààŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescribed medicines</source>
            <translation>[Ƥŕēēšçŕīīƀēēđ ɱēēđīīçīīñēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pronouns</source>
            <translation>[Ƥŕōōñōōŭŭñš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Psychiatrist</source>
            <translation>[Ƥšŷçĥīīààţŕīīšţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Psychological therapy</source>
            <translation>[Ƥšŷçĥōōĺōōĝīīçààĺ ţĥēēŕààƥŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reaction</source>
            <translation>[Ŕēēààçţīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read-only</source>
            <translation>[Ŕēēààđ-ōōñĺŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reads as a request for treatment</source>
            <translation>[Ŕēēààđš ààš àà ŕēēɋŭŭēēšţ ƒōōŕ ţŕēēààţɱēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reception / administrator (no clinical access)</source>
            <translation>[Ŕēēçēēƥţīīōōñ / ààđɱīīñīīšţŕààţōōŕ (ñōō çĺīīñīīçààĺ ààççēēšš)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation>[Ŕēēçīīƥīīēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded at (UTC)</source>
            <translation>[Ŕēēçōōŕđēēđ ààţ (ŬŬŢÇ)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded by</source>
            <translation>[Ŕēēçōōŕđēēđ ƀŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refuses life-sustaining treatment</source>
            <translation>[Ŕēēƒŭŭšēēš ĺīīƒēē-šŭŭšţààīīñīīñĝ ţŕēēààţɱēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationship</source>
            <translation>[Ŕēēĺààţīīōōñšĥīīƥ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relative, friend or carer to contact</source>
            <translation>[Ŕēēĺààţīīʋēē, ƒŕīīēēñđ ōōŕ çààŕēēŕ ţōō çōōñţààçţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required in writing for a refusal of life-sustaining treatment.</source>
            <translation>[Ŕēēɋŭŭīīŕēēđ īīñ ŵŕīīţīīñĝ ƒōōŕ àà ŕēēƒŭŭšààĺ ōōƒ ĺīīƒēē-šŭŭšţààīīñīīñĝ ţŕēēààţɱēēñţ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Respite</source>
            <translation>[Ŕēēšƥīīţēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review date</source>
            <translation>[Ŕēēʋīīēēŵ đààţēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review due soon</source>
            <translation>[Ŕēēʋīīēēŵ đŭŭēē šōōōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review overdue</source>
            <translation>[Ŕēēʋīīēēŵ ōōʋēēŕđŭŭēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risk factors</source>
            <translation>[Ŕīīšķ ƒààçţōōŕš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>[Ŕōōĺēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Safeguarding a child or adult at risk</source>
            <translation>[Šààƒēēĝŭŭààŕđīīñĝ àà çĥīīĺđ ōōŕ ààđŭŭĺţ ààţ ŕīīšķ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School</source>
            <translation>[Šçĥōōōōĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School or college</source>
            <translation>[Šçĥōōōōĺ ōōŕ çōōĺĺēēĝēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School or nursery</source>
            <translation>[Šçĥōōōōĺ ōōŕ ñŭŭŕšēēŕŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School phone number</source>
            <translation>[Šçĥōōōōĺ ƥĥōōñēē ñŭŭɱƀēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School, college or work</source>
            <translation>[Šçĥōōōōĺ, çōōĺĺēēĝēē ōōŕ ŵōōŕķ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Self-harm</source>
            <translation>[Šēēĺƒ-ĥààŕɱ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Self-neglect</source>
            <translation>[Šēēĺƒ-ñēēĝĺēēçţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service</source>
            <translation>[Šēēŕʋīīçēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature witnessed</source>
            <translation>[Šīīĝñààţŭŭŕēē ŵīīţñēēššēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed by the person (or by someone at their direction)</source>
            <translation>[Šīīĝñēēđ ƀŷ ţĥēē ƥēēŕšōōñ (ōōŕ ƀŷ šōōɱēēōōñēē ààţ ţĥēēīīŕ đīīŕēēçţīīōōñ)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>So that the entry is kept and recognised without a name.</source>
            <translation>[Šōō ţĥààţ ţĥēē ēēñţŕŷ īīš ķēēƥţ ààñđ ŕēēçōōĝñīīšēēđ ŵīīţĥōōŭŭţ àà ñààɱēē.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Someone I know</source>
            <translation>[Šōōɱēēōōñēē ĪĪ ķñōōŵ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something that tells the person or others a crisis may be coming.</source>
            <translation>[Šōōɱēēţĥīīñĝ ţĥààţ ţēēĺĺš ţĥēē ƥēēŕšōōñ ōōŕ ōōţĥēēŕš àà çŕīīšīīš ɱààŷ ƀēē çōōɱīīñĝ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>States it applies even if life is at risk</source>
            <translation>[Šţààţēēš īīţ ààƥƥĺīīēēš ēēʋēēñ īīƒ ĺīīƒēē īīš ààţ ŕīīšķ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>[Šţààţŭŭš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suicide</source>
            <translation>[Šŭŭīīçīīđēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Superseded</source>
            <translation>[Šŭŭƥēēŕšēēđēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Support to help me stay out of hospital</source>
            <translation>[Šŭŭƥƥōōŕţ ţōō ĥēēĺƥ ɱēē šţààŷ ōōŭŭţ ōōƒ ĥōōšƥīīţààĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ten digits with a valid check digit; spaces and dashes are removed.</source>
            <translation>[Ţēēñ đīīĝīīţš ŵīīţĥ àà ʋààĺīīđ çĥēēçķ đīīĝīīţ; šƥààçēēš ààñđ đààšĥēēš ààŕēē ŕēēɱōōʋēēđ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person</source>
            <translation>[Ţĥēē ƥēēŕšōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person agreed to share these items</source>
            <translation>[Ţĥēē ƥēēŕšōōñ ààĝŕēēēēđ ţōō šĥààŕēē ţĥēēšēē īīţēēɱš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person agreed to some items only</source>
            <translation>[Ţĥēē ƥēēŕšōōñ ààĝŕēēēēđ ţōō šōōɱēē īīţēēɱš ōōñĺŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person agrees with this plan</source>
            <translation>[Ţĥēē ƥēēŕšōōñ ààĝŕēēēēš ŵīīţĥ ţĥīīš ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person had capacity when it was made</source>
            <translation>[Ţĥēē ƥēēŕšōōñ ĥààđ çààƥààçīīţŷ ŵĥēēñ īīţ ŵààš ɱààđēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person lacks capacity to decide at present</source>
            <translation>[Ţĥēē ƥēēŕšōōñ ĺààçķš çààƥààçīīţŷ ţōō đēēçīīđēē ààţ ƥŕēēšēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person refused</source>
            <translation>[Ţĥēē ƥēēŕšōōñ ŕēēƒŭŭšēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person's agreement</source>
            <translation>[Ţĥēē ƥēēŕšōōñ'š ààĝŕēēēēɱēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The reasons were explained to the person</source>
            <translation>[Ţĥēē ŕēēààšōōñš ŵēēŕēē ēēχƥĺààīīñēēđ ţōō ţĥēē ƥēēŕšōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>They need an interpreter</source>
            <translation>[Ţĥēēŷ ñēēēēđ ààñ īīñţēēŕƥŕēēţēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick if the wording asks for a treatment rather than refusing one.</source>
            <translation>[Ţīīçķ īīƒ ţĥēē ŵōōŕđīīñĝ ààšķš ƒōōŕ àà ţŕēēààţɱēēñţ ŕààţĥēēŕ ţĥààñ ŕēēƒŭŭšīīñĝ ōōñēē.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick only when the person was asked and has no known allergies. Left unticked with no allergies listed means allergies are not recorded.</source>
            <translation>[Ţīīçķ ōōñĺŷ ŵĥēēñ ţĥēē ƥēēŕšōōñ ŵààš ààšķēēđ ààñđ ĥààš ñōō ķñōōŵñ ààĺĺēēŕĝīīēēš. Ĺēēƒţ ŭŭñţīīçķēēđ ŵīīţĥ ñōō ààĺĺēēŕĝīīēēš ĺīīšţēēđ ɱēēààñš ààĺĺēēŕĝīīēēš ààŕēē ñōōţ ŕēēçōōŕđēēđ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Times the plan was not followed</source>
            <translation>[Ţīīɱēēš ţĥēē ƥĺààñ ŵààš ñōōţ ƒōōĺĺōōŵēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town or city</source>
            <translation>[Ţōōŵñ ōōŕ çīīţŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Treatment</source>
            <translation>[Ţŕēēààţɱēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Treatment refused</source>
            <translation>[Ţŕēēààţɱēēñţ ŕēēƒŭŭšēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>[Ţŷƥēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>University</source>
            <translation>[ŬŬñīīʋēēŕšīīţŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up to date</source>
            <translation>[ŬŬƥ ţōō đààţēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Uses sign language (for example BSL)</source>
            <translation>[ŬŬšēēš šīīĝñ ĺààñĝŭŭààĝēē (ƒōōŕ ēēχààɱƥĺēē ƁŠĹ)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vital interests (risk to life or serious harm)</source>
            <translation>[Ʋīīţààĺ īīñţēēŕēēšţš (ŕīīšķ ţōō ĺīīƒēē ōōŕ šēēŕīīōōŭŭš ĥààŕɱ)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volunteering</source>
            <translation>[Ʋōōĺŭŭñţēēēēŕīīñĝ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ward</source>
            <translation>[Ŵààŕđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Warning sign</source>
            <translation>[Ŵààŕñīīñĝ šīīĝñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What I can do</source>
            <translation>[Ŵĥààţ ĪĪ çààñ đōō]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What I do not want</source>
            <translation>[Ŵĥààţ ĪĪ đōō ñōōţ ŵààñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What care they need</source>
            <translation>[Ŵĥààţ çààŕēē ţĥēēŷ ñēēēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What happened</source>
            <translation>[Ŵĥààţ ĥààƥƥēēñēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What helps me in a crisis</source>
            <translation>[Ŵĥààţ ĥēēĺƥš ɱēē īīñ àà çŕīīšīīš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What helps me in a crisis / how to approach me</source>
            <translation>[Ŵĥààţ ĥēēĺƥš ɱēē īīñ àà çŕīīšīīš / ĥōōŵ ţōō ààƥƥŕōōààçĥ ɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What in the plan was not followed</source>
            <translation>[Ŵĥààţ īīñ ţĥēē ƥĺààñ ŵààš ñōōţ ƒōōĺĺōōŵēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What is known in advance about this risk.</source>
            <translation>[Ŵĥààţ īīš ķñōōŵñ īīñ ààđʋààñçēē ààƀōōŭŭţ ţĥīīš ŕīīšķ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What it is for</source>
            <translation>[Ŵĥààţ īīţ īīš ƒōōŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What others can do to help</source>
            <translation>[Ŵĥààţ ōōţĥēēŕš çààñ đōō ţōō ĥēēĺƥ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What responders need to know</source>
            <translation>[Ŵĥààţ ŕēēšƥōōñđēēŕš ñēēēēđ ţōō ķñōōŵ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the competence covers</source>
            <translation>[Ŵĥààţ ţĥēē çōōɱƥēēţēēñçēē çōōʋēēŕš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the person asked for</source>
            <translation>[Ŵĥààţ ţĥēē ƥēēŕšōōñ ààšķēēđ ƒōōŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the person likes to be called.</source>
            <translation>[Ŵĥààţ ţĥēē ƥēēŕšōōñ ĺīīķēēš ţōō ƀēē çààĺĺēēđ.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the person said</source>
            <translation>[Ŵĥààţ ţĥēē ƥēēŕšōōñ šààīīđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the person says about the plan</source>
            <translation>[Ŵĥààţ ţĥēē ƥēēŕšōōñ šààŷš ààƀōōŭŭţ ţĥēē ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the school may see</source>
            <translation>[Ŵĥààţ ţĥēē šçĥōōōōĺ ɱààŷ šēēēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What they can decide</source>
            <translation>[Ŵĥààţ ţĥēēŷ çààñ đēēçīīđēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What they may be told</source>
            <translation>[Ŵĥààţ ţĥēēŷ ɱààŷ ƀēē ţōōĺđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to change in the plan</source>
            <translation>[Ŵĥààţ ţōō çĥààñĝēē īīñ ţĥēē ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When it is open</source>
            <translation>[Ŵĥēēñ īīţ īīš ōōƥēēñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When they can be reached</source>
            <translation>[Ŵĥēēñ ţĥēēŷ çààñ ƀēē ŕēēààçĥēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where I would like to be admitted</source>
            <translation>[Ŵĥēēŕēē ĪĪ ŵōōŭŭĺđ ĺīīķēē ţōō ƀēē ààđɱīīţţēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the original document is held</source>
            <translation>[Ŵĥēēŕēē ţĥēē ōōŕīīĝīīñààĺ đōōçŭŭɱēēñţ īīš ĥēēĺđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whether the person is likely to be affected by drink or drugs in a crisis.</source>
            <translation>[Ŵĥēēţĥēēŕ ţĥēē ƥēēŕšōōñ īīš ĺīīķēēĺŷ ţōō ƀēē ààƒƒēēçţēēđ ƀŷ đŕīīñķ ōōŕ đŕŭŭĝš īīñ àà çŕīīšīīš.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whether the young person can consent to sharing and treatment themselves.</source>
            <translation>[Ŵĥēēţĥēēŕ ţĥēē ŷōōŭŭñĝ ƥēēŕšōōñ çààñ çōōñšēēñţ ţōō šĥààŕīīñĝ ààñđ ţŕēēààţɱēēñţ ţĥēēɱšēēĺʋēēš.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Which entry (counting from 0) in the attorneys list gives authority over this treatment, if any.</source>
            <translation>[Ŵĥīīçĥ ēēñţŕŷ (çōōŭŭñţīīñĝ ƒŕōōɱ 0) īīñ ţĥēē ààţţōōŕñēēŷš ĺīīšţ ĝīīʋēēš ààŭŭţĥōōŕīīţŷ ōōʋēēŕ ţĥīīš ţŕēēààţɱēēñţ, īīƒ ààñŷ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who at school, college or work needs to know</source>
            <translation>[Ŵĥōō ààţ šçĥōōōōĺ, çōōĺĺēēĝēē ōōŕ ŵōōŕķ ñēēēēđš ţōō ķñōōŵ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who has keys to get to them</source>
            <translation>[Ŵĥōō ĥààš ķēēŷš ţōō ĝēēţ ţōō ţĥēēɱ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who has keys to my home</source>
            <translation>[Ŵĥōō ĥààš ķēēŷš ţōō ɱŷ ĥōōɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who provides it</source>
            <translation>[Ŵĥōō ƥŕōōʋīīđēēš īīţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who they are, if there is no name</source>
            <translation>[Ŵĥōō ţĥēēŷ ààŕēē, īīƒ ţĥēēŕēē īīš ñōō ñààɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who to tell</source>
            <translation>[Ŵĥōō ţōō ţēēĺĺ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who took part</source>
            <translation>[Ŵĥōō ţōōōōķ ƥààŕţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who took part in making the plan</source>
            <translation>[Ŵĥōō ţōōōōķ ƥààŕţ īīñ ɱààķīīñĝ ţĥēē ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who will look after them</source>
            <translation>[Ŵĥōō ŵīīĺĺ ĺōōōōķ ààƒţēēŕ ţĥēēɱ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation>[Ŵĥŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why not</source>
            <translation>[Ŵĥŷ ñōōţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why the team could not agree</source>
            <translation>[Ŵĥŷ ţĥēē ţēēààɱ çōōŭŭĺđ ñōōţ ààĝŕēēēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Witness's name</source>
            <translation>[Ŵīīţñēēšš'š ñààɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work</source>
            <translation>[Ŵōōŕķ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Written down</source>
            <translation>[Ŵŕīīţţēēñ đōōŵñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young person's plan</source>
            <translation>[Ŷōōŭŭñĝ ƥēēŕšōōñ'š ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>contains control characters that cannot be stored; retype it</source>
            <translation>[çōōñţààīīñš çōōñţŕōōĺ çĥààŕààçţēēŕš ţĥààţ çààññōōţ ƀēē šţōōŕēēđ; ŕēēţŷƥēē īīţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be a phone number: 3 to 15 digits, with only spaces, brackets, '+' and '-' between them</source>
            <translation>[ɱŭŭšţ ƀēē àà ƥĥōōñēē ñŭŭɱƀēēŕ: 3 ţōō 15 đīīĝīīţš, ŵīīţĥ ōōñĺŷ šƥààçēēš, ƀŕààçķēēţš, '+' ààñđ '-' ƀēēţŵēēēēñ ţĥēēɱ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be one line of text without control characters</source>
            <translation>[ɱŭŭšţ ƀēē ōōñēē ĺīīñēē ōōƒ ţēēχţ ŵīīţĥōōŭŭţ çōōñţŕōōĺ çĥààŕààçţēēŕš]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/forms/problems.py" line="+25" />
            <source>is required</source>
            <translation>[īīš ŕēēɋŭŭīīŕēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be text</source>
            <translation>[ɱŭŭšţ ƀēē ţēēχţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>must be true or false</source>
            <translation>[ɱŭŭšţ ƀēē ţŕŭŭēē ōōŕ ƒààĺšēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+1" />
            <source>must be a whole number</source>
            <translation>[ɱŭŭšţ ƀēē àà ŵĥōōĺēē ñŭŭɱƀēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+1" />
            <source>must be a group of fields (a JSON object)</source>
            <translation>[ɱŭŭšţ ƀēē àà ĝŕōōŭŭƥ ōōƒ ƒīīēēĺđš (àà ĴŠŌŌÑ ōōƀĵēēçţ)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be a list</source>
            <translation>[ɱŭŭšţ ƀēē àà ĺīīšţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be empty</source>
            <translation>[ɱŭŭšţ ƀēē ēēɱƥţŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>contains characters that cannot be stored; retype it</source>
            <translation>[çōōñţààīīñš çĥààŕààçţēēŕš ţĥààţ çààññōōţ ƀēē šţōōŕēēđ; ŕēēţŷƥēē īīţ]</translation>
        </message>
        <message>
            <location line="+66" />
            <source>{label} (entry {number})</source>
            <translation>[{label} (ēēñţŕŷ {number})]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Entry {number}</source>
            <translation>[ĒĒñţŕŷ {number}]</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The plan</source>
            <translation>[Ţĥēē ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{outer} › {inner}</source>
            <translation>[{outer} › {inner}]</translation>
        </message>
        <message>
            <location line="+17" />
            <source>is not in the expected format</source>
            <translation>[īīš ñōōţ īīñ ţĥēē ēēχƥēēçţēēđ ƒōōŕɱààţ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is too long (at most {count} characters)</source>
            <translation>[īīš ţōōōō ĺōōñĝ (ààţ ɱōōšţ {count} çĥààŕààçţēēŕš)]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>has too many entries (at most {count})</source>
            <translation>[ĥààš ţōōōō ɱààñŷ ēēñţŕīīēēš (ààţ ɱōōšţ {count})]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be one of: {choices}</source>
            <translation>[ɱŭŭšţ ƀēē ōōñēē ōōƒ: {choices}]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be at least {bound}</source>
            <translation>[ɱŭŭšţ ƀēē ààţ ĺēēààšţ {bound}]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>must be at most {bound}</source>
            <translation>[ɱŭŭšţ ƀēē ààţ ɱōōšţ {bound}]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be a real date written as YYYY-MM-DD</source>
            <translation>[ɱŭŭšţ ƀēē àà ŕēēààĺ đààţēē ŵŕīīţţēēñ ààš ŶŶŶŶ-ϺϺ-ĐĐ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be a date and time written as YYYY-MM-DDTHH:MM:SSZ</source>
            <translation>[ɱŭŭšţ ƀēē àà đààţēē ààñđ ţīīɱēē ŵŕīīţţēēñ ààš ŶŶŶŶ-ϺϺ-ĐĐŢĤĤ:ϺϺ:ŠŠŽ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not valid</source>
            <translation>[īīš ñōōţ ʋààĺīīđ]</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{where}: has a field that is not part of the crisis plan format; remove it or check the file was made for this version of crisisplan.</source>
            <translation>[{where}: ĥààš àà ƒīīēēĺđ ţĥààţ īīš ñōōţ ƥààŕţ ōōƒ ţĥēē çŕīīšīīš ƥĺààñ ƒōōŕɱààţ; ŕēēɱōōʋēē īīţ ōōŕ çĥēēçķ ţĥēē ƒīīĺēē ŵààš ɱààđēē ƒōōŕ ţĥīīš ʋēēŕšīīōōñ ōōƒ çŕīīšīīšƥĺààñ.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{where}: is not chosen yet; choose one.</source>
            <translation>[{where}: īīš ñōōţ çĥōōšēēñ ŷēēţ; çĥōōōōšēē ōōñēē.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: {reason}.</source>
            <translation>[{where}: {reason}.]</translation>
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <location filename="../../crisisplan/ui/records/audit.py" line="-84" />
            <location filename="../../crisisplan/ui/records/ledger.py" line="-98" />
            <source>When</source>
            <translation>[Ŵĥēēñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>[ŬŬšēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../crisisplan/ui/records/users.py" line="-135" />
            <source>Roles</source>
            <translation>[Ŕōōĺēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>[ÀÀçţīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation>[Ƥĺààñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workstation</source>
            <translation>[Ŵōōŕķšţààţīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../crisisplan/ui/records/ledger.py" line="+2" />
            <source>Recipient</source>
            <translation>[Ŕēēçīīƥīīēēñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../crisisplan/ui/records/ledger.py" line="+10" />
            <source>Lawful basis</source>
            <translation>[Ĺààŵƒŭŭĺ ƀààšīīš]</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../crisisplan/ui/records/ledger.py" line="+1" />
            <source>Reason</source>
            <translation>[Ŕēēààšōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>[Đēēţààīīĺ]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/records/keys.py" line="-133" />
            <source>Key id</source>
            <translation>[Ķēēŷ īīđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>[ŌŌŕĝààñīīšààţīīōōñ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created</source>
            <translation>[Çŕēēààţēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+9" />
            <location filename="../../crisisplan/ui/records/protocols.py" line="-115" />
            <location line="+1" />
            <source>In use</source>
            <translation>[ĪĪñ ŭŭšēē]</translation>
        </message>
        <message>
            <location line="-3" />
            <source>REVOKED {when}</source>
            <translation>[ŔĒĒƲŌŌĶĒĒĐ {when}]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Retired {when}</source>
            <translation>[Ŕēēţīīŕēēđ {when}]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/records/ledger.py" line="-12" />
            <location filename="../../crisisplan/ui/records/protocols.py" line="+1" />
            <source>Version</source>
            <translation>[Ʋēēŕšīīōōñ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>[Ŵĥààţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shared</source>
            <translation>[Šĥààŕēēđ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes</source>
            <translation>[Ŷēēš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No (decided not to share)</source>
            <translation>[Ñōō (đēēçīīđēēđ ñōōţ ţōō šĥààŕēē)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Items</source>
            <translation>[ĪĪţēēɱš]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Without consent</source>
            <translation>[Ŵīīţĥōōŭŭţ çōōñšēēñţ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent</source>
            <translation>[Çōōñšēēñţ]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Decided by</source>
            <translation>[Đēēçīīđēēđ ƀŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card</source>
            <translation>[Çààŕđ]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/records/partners.py" line="-66" />
            <source>its bundle no longer verifies: add a new one</source>
            <translation>[īīţš ƀŭŭñđĺēē ñōō ĺōōñĝēēŕ ʋēēŕīīƒīīēēš: ààđđ àà ñēēŵ ōōñēē]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{active} active, {other} retired or revoked (bundle {n})</source>
            <translation>[{active} ààçţīīʋēē, {other} ŕēēţīīŕēēđ ōōŕ ŕēēʋōōķēēđ (ƀŭŭñđĺēē {n})]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Partner</source>
            <translation>[Ƥààŕţñēēŕ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Root fingerprint</source>
            <translation>[Ŕōōōōţ ƒīīñĝēēŕƥŕīīñţ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keys</source>
            <translation>[Ķēēŷš]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added by</source>
            <translation>[ÀÀđđēēđ ƀŷ]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/records/protocols.py" line="-5" />
            <source>Area</source>
            <translation>[ÀÀŕēēàà]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{area} (SAMPLE)</source>
            <translation>[{area} (ŠÀÀϺƤĹĒĒ)]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Review by</source>
            <translation>[Ŕēēʋīīēēŵ ƀŷ]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card valid for (days)</source>
            <translation>[Çààŕđ ʋààĺīīđ ƒōōŕ (đààŷš)]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partners</source>
            <translation>[Ƥààŕţñēēŕš]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/ui/records/users.py" line="-2" />
            <source>Username</source>
            <translation>[ŬŬšēēŕñààɱēē]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>[Ñààɱēē]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Since</source>
            <translation>[Šīīñçēē]</translation>
        </message>
    </context>
    <context>
        <name>services</name>
        <message>
            <location filename="../../crisisplan/services/admin.py" line="+43" />
            <source>Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters; a few unrelated words work well.</source>
            <translation>[Çĥōōōōšēē àà ƥààššƥĥŕààšēē ōōƒ ààţ ĺēēààšţ {MIN_PASSPHRASE_LENGTH} çĥààŕààçţēēŕš; àà ƒēēŵ ŭŭñŕēēĺààţēēđ ŵōōŕđš ŵōōŕķ ŵēēĺĺ.]</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Give the user at least one role.</source>
            <translation>[Ĝīīʋēē ţĥēē ŭŭšēēŕ ààţ ĺēēààšţ ōōñēē ŕōōĺēē.]</translation>
        </message>
        <message>
            <location line="+41" />
            <source>You cannot remove yourself. Ask another administrator to do it.</source>
            <translation>[Ŷōōŭŭ çààññōōţ ŕēēɱōōʋēē ŷōōŭŭŕšēēĺƒ. ÀÀšķ ààñōōţĥēēŕ ààđɱīīñīīšţŕààţōōŕ ţōō đōō īīţ.]</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Your role does not allow you to restore from a backup. Ask an administrator to do it.</source>
            <translation>[Ŷōōŭŭŕ ŕōōĺēē đōōēēš ñōōţ ààĺĺōōŵ ŷōōŭŭ ţōō ŕēēšţōōŕēē ƒŕōōɱ àà ƀààçķŭŭƥ. ÀÀšķ ààñ ààđɱīīñīīšţŕààţōōŕ ţōō đōō īīţ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/services/cards.py" line="+93" />
            <source>The local protocol does not allow sending these items to {recipient_label}: {names}.</source>
            <translation>[Ţĥēē ĺōōçààĺ ƥŕōōţōōçōōĺ đōōēēš ñōōţ ààĺĺōōŵ šēēñđīīñĝ ţĥēēšēē īīţēēɱš ţōō {recipient_label}: {names}.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The person has not agreed to share anything with {recipient_label}. Record their consent first, or share named items under another lawful basis (vital interests, safeguarding, legal duty) with a reason.</source>
            <translation>[Ţĥēē ƥēēŕšōōñ ĥààš ñōōţ ààĝŕēēēēđ ţōō šĥààŕēē ààñŷţĥīīñĝ ŵīīţĥ {recipient_label}. Ŕēēçōōŕđ ţĥēēīīŕ çōōñšēēñţ ƒīīŕšţ, ōōŕ šĥààŕēē ñààɱēēđ īīţēēɱš ŭŭñđēēŕ ààñōōţĥēēŕ ĺààŵƒŭŭĺ ƀààšīīš (ʋīīţààĺ īīñţēēŕēēšţš, šààƒēēĝŭŭààŕđīīñĝ, ĺēēĝààĺ đŭŭţŷ) ŵīīţĥ àà ŕēēààšōōñ.]</translation>
        </message>
        <message>
            <location line="+38" />
            <source>This decision shares information; issue the card instead.</source>
            <translation>[Ţĥīīš đēēçīīšīīōōñ šĥààŕēēš īīñƒōōŕɱààţīīōōñ; īīššŭŭēē ţĥēē çààŕđ īīñšţēēààđ.]</translation>
        </message>
        <message>
            <location line="+67" />
            <source>The decision does not match this card.</source>
            <translation>[Ţĥēē đēēçīīšīīōōñ đōōēēš ñōōţ ɱààţçĥ ţĥīīš çààŕđ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/services/consent.py" line="+31" />
            <source>Name at least one item to record consent for.</source>
            <translation>[Ñààɱēē ààţ ĺēēààšţ ōōñēē īīţēēɱ ţōō ŕēēçōōŕđ çōōñšēēñţ ƒōōŕ.]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Consent could not be recorded: {name}. Check the recipient name (lower-case, e.g. police) and the text length.</source>
            <translation>[Çōōñšēēñţ çōōŭŭĺđ ñōōţ ƀēē ŕēēçōōŕđēēđ: {name}. Çĥēēçķ ţĥēē ŕēēçīīƥīīēēñţ ñààɱēē (ĺōōŵēēŕ-çààšēē, ēē.ĝ. ƥōōĺīīçēē) ààñđ ţĥēē ţēēχţ ĺēēñĝţĥ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/services/drafts.py" line="+59" />
            <source>A plan number is a whole number from 1 up.</source>
            <translation>[ÀÀ ƥĺààñ ñŭŭɱƀēēŕ īīš àà ŵĥōōĺēē ñŭŭɱƀēēŕ ƒŕōōɱ 1 ŭŭƥ.]</translation>
        </message>
        <message>
            <location line="+16" />
            <source>A draft key is 'plan:&lt;number&gt;' or 'new:&lt;32 hex digits&gt;'.</source>
            <translation>[ÀÀ đŕààƒţ ķēēŷ īīš 'ƥĺààñ:&lt;number&gt;' ōōŕ 'ñēēŵ:&lt;32 hex digits&gt;'.]</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The draft holds a value that cannot be kept; this is a bug.</source>
            <translation>[Ţĥēē đŕààƒţ ĥōōĺđš àà ʋààĺŭŭēē ţĥààţ çààññōōţ ƀēē ķēēƥţ; ţĥīīš īīš àà ƀŭŭĝ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/services/fhir.py" line="+49" />
            <source>The summary must be a PDF file.</source>
            <translation>[Ţĥēē šŭŭɱɱààŕŷ ɱŭŭšţ ƀēē àà ƤĐƑ ƒīīĺēē.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This organisation has not signed any summary yet: issue the person's card first and use the summary PDF it writes (summary-….pdf).</source>
            <translation>[Ţĥīīš ōōŕĝààñīīšààţīīōōñ ĥààš ñōōţ šīīĝñēēđ ààñŷ šŭŭɱɱààŕŷ ŷēēţ: īīššŭŭēē ţĥēē ƥēēŕšōōñ'š çààŕđ ƒīīŕšţ ààñđ ŭŭšēē ţĥēē šŭŭɱɱààŕŷ ƤĐƑ īīţ ŵŕīīţēēš (šŭŭɱɱààŕŷ-….ƥđƒ).]</translation>
        </message>
        <message>
            <location line="+53" />
            <source>This plan is already in the store as plan {target}. Import it with --update to save it as a new version of that plan (no duplicate is made).</source>
            <translation>[Ţĥīīš ƥĺààñ īīš ààĺŕēēààđŷ īīñ ţĥēē šţōōŕēē ààš ƥĺààñ {target}. ĪĪɱƥōōŕţ īīţ ŵīīţĥ --ŭŭƥđààţēē ţōō šààʋēē īīţ ààš àà ñēēŵ ʋēēŕšīīōōñ ōōƒ ţĥààţ ƥĺààñ (ñōō đŭŭƥĺīīçààţēē īīš ɱààđēē).]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This Bundle has no crisisplan identifier, so there is no existing plan to update.</source>
            <translation>[Ţĥīīš Ɓŭŭñđĺēē ĥààš ñōō çŕīīšīīšƥĺààñ īīđēēñţīīƒīīēēŕ, šōō ţĥēēŕēē īīš ñōō ēēχīīšţīīñĝ ƥĺààñ ţōō ŭŭƥđààţēē.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/services/fhir_push.py" line="+114" />
            <source>Give a reason for sending the plan to the FHIR server (it goes in the ledger).</source>
            <translation>[Ĝīīʋēē àà ŕēēààšōōñ ƒōōŕ šēēñđīīñĝ ţĥēē ƥĺààñ ţōō ţĥēē ƑĤĪĪŔ šēēŕʋēēŕ (īīţ ĝōōēēš īīñ ţĥēē ĺēēđĝēēŕ).]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/services/plans.py" line="+148" />
            <source>Choose two different versions to compare.</source>
            <translation>[Çĥōōōōšēē ţŵōō đīīƒƒēēŕēēñţ ʋēēŕšīīōōñš ţōō çōōɱƥààŕēē.]</translation>
        </message>
        <message>
            <location line="+38" />
            <source>{count} plan(s) in the file are already in the store (same NHS number: {where}). Import again choosing to update the existing plans (command line: --update-existing); each is then saved as a new version and its history is kept.</source>
            <translation>[{count} ƥĺààñ(š) īīñ ţĥēē ƒīīĺēē ààŕēē ààĺŕēēààđŷ īīñ ţĥēē šţōōŕēē (šààɱēē ÑĤŠ ñŭŭɱƀēēŕ: {where}). ĪĪɱƥōōŕţ ààĝààīīñ çĥōōōōšīīñĝ ţōō ŭŭƥđààţēē ţĥēē ēēχīīšţīīñĝ ƥĺààñš (çōōɱɱààñđ ĺīīñēē: --ŭŭƥđààţēē-ēēχīīšţīīñĝ); ēēààçĥ īīš ţĥēēñ šààʋēēđ ààš àà ñēēŵ ʋēēŕšīīōōñ ààñđ īīţš ĥīīšţōōŕŷ īīš ķēēƥţ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/services/protocols.py" line="+46" />
            <source>The organisation's name must be 2 to 200 characters.</source>
            <translation>[Ţĥēē ōōŕĝààñīīšààţīīōōñ'š ñààɱēē ɱŭŭšţ ƀēē 2 ţōō 200 çĥààŕààçţēēŕš.]</translation>
        </message>
        <message>
            <source>The organisation is not named yet, and its name is printed on every card as the issuer. An administrator names it in Records → Protocols.</source>
            <translation type="vanished">[Ţĥēē ōōŕĝààñīīšààţīīōōñ īīš ñōōţ ñààɱēēđ ŷēēţ, ààñđ īīţš ñààɱēē īīš ƥŕīīñţēēđ ōōñ ēēʋēēŕŷ çààŕđ ààš ţĥēē īīššŭŭēēŕ. ÀÀñ ààđɱīīñīīšţŕààţōōŕ ñààɱēēš īīţ īīñ Ŕēēçōōŕđš → Ƥŕōōţōōçōōĺš.]</translation>
        </message>
        <message>
            <location line="+38" />
            <source>The organisation is not named yet, and its name is printed on every card as the issuer. An administrator names it in Records → Protocols (command line: crisisplan org NAME).</source>
            <translation>[Ţĥēē ōōŕĝààñīīšààţīīōōñ īīš ñōōţ ñààɱēēđ ŷēēţ, ààñđ īīţš ñààɱēē īīš ƥŕīīñţēēđ ōōñ ēēʋēēŕŷ çààŕđ ààš ţĥēē īīššŭŭēēŕ. ÀÀñ ààđɱīīñīīšţŕààţōōŕ ñààɱēēš īīţ īīñ Ŕēēçōōŕđš → Ƥŕōōţōōçōōĺš (çōōɱɱààñđ ĺīīñēē: çŕīīšīīšƥĺààñ ōōŕĝ ÑÀÀϺĒĒ).]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The protocol in use ({area}) still has sample 24-hour numbers that must be set locally ({labels}). An administrator writes it out (crisisplan protocol export {protocol_id} --out FILE), replaces those numbers with the real local ones ("set_locally": false) and imports it in Records → Protocols (command line: crisisplan protocol import FILE --activate).</source>
            <translation>[Ţĥēē ƥŕōōţōōçōōĺ īīñ ŭŭšēē ({area}) šţīīĺĺ ĥààš šààɱƥĺēē 24-ĥōōŭŭŕ ñŭŭɱƀēēŕš ţĥààţ ɱŭŭšţ ƀēē šēēţ ĺōōçààĺĺŷ ({labels}). ÀÀñ ààđɱīīñīīšţŕààţōōŕ ŵŕīīţēēš īīţ ōōŭŭţ (çŕīīšīīšƥĺààñ ƥŕōōţōōçōōĺ ēēχƥōōŕţ {protocol_id} --ōōŭŭţ ƑĪĪĹĒĒ), ŕēēƥĺààçēēš ţĥōōšēē ñŭŭɱƀēēŕš ŵīīţĥ ţĥēē ŕēēààĺ ĺōōçààĺ ōōñēēš ("šēēţ_ĺōōçààĺĺŷ": ƒààĺšēē) ààñđ īīɱƥōōŕţš īīţ īīñ Ŕēēçōōŕđš → Ƥŕōōţōōçōōĺš (çōōɱɱààñđ ĺīīñēē: çŕīīšīīšƥĺààñ ƥŕōōţōōçōōĺ īīɱƥōōŕţ ƑĪĪĹĒĒ --ààçţīīʋààţēē).]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The protocol in use ({area}) is a SAMPLE that no administrator has confirmed. An administrator confirms it, or imports your own, in Records → Protocols.</source>
            <translation>[Ţĥēē ƥŕōōţōōçōōĺ īīñ ŭŭšēē ({area}) īīš àà ŠÀÀϺƤĹĒĒ ţĥààţ ñōō ààđɱīīñīīšţŕààţōōŕ ĥààš çōōñƒīīŕɱēēđ. ÀÀñ ààđɱīīñīīšţŕààţōōŕ çōōñƒīīŕɱš īīţ, ōōŕ īīɱƥōōŕţš ŷōōŭŭŕ ōōŵñ, īīñ Ŕēēçōōŕđš → Ƥŕōōţōōçōōĺš.]</translation>
        </message>
        <message>
            <location line="+23" />
            <source>That protocol was not found. Refresh the list and try again.</source>
            <translation>[Ţĥààţ ƥŕōōţōōçōōĺ ŵààš ñōōţ ƒōōŭŭñđ. Ŕēēƒŕēēšĥ ţĥēē ĺīīšţ ààñđ ţŕŷ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+48" />
            <source>An ODS code is 3 to 10 letters and digits, for example RXX or RXX01.</source>
            <translation>[ÀÀñ ŌŌĐŠ çōōđēē īīš 3 ţōō 10 ĺēēţţēēŕš ààñđ đīīĝīīţš, ƒōōŕ ēēχààɱƥĺēē Ŕχχ ōōŕ Ŕχχ01.]</translation>
        </message>
        <message>
            <location line="+30" />
            <source>There is no protocol with the id {protocol_id!r}. Known protocols: {names}.</source>
            <translation>[Ţĥēēŕēē īīš ñōō ƥŕōōţōōçōōĺ ŵīīţĥ ţĥēē īīđ {protocol_id!r}. Ķñōōŵñ ƥŕōōţōōçōōĺš: {names}.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/services/session.py" line="+43" />
            <source>Your role does not allow you to {value}. Ask an administrator if you need this.</source>
            <translation>[Ŷōōŭŭŕ ŕōōĺēē đōōēēš ñōōţ ààĺĺōōŵ ŷōōŭŭ ţōō {value}. ÀÀšķ ààñ ààđɱīīñīīšţŕààţōōŕ īīƒ ŷōōŭŭ ñēēēēđ ţĥīīš.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/services/trust.py" line="+72" />
            <source>This store has no organisation trust root yet: an administrator or the information-governance lead makes it by exporting the trust bundle once (crisisplan trust export DIR, or Records → Keys).</source>
            <translation>[Ţĥīīš šţōōŕēē ĥààš ñōō ōōŕĝààñīīšààţīīōōñ ţŕŭŭšţ ŕōōōōţ ŷēēţ: ààñ ààđɱīīñīīšţŕààţōōŕ ōōŕ ţĥēē īīñƒōōŕɱààţīīōōñ-ĝōōʋēēŕñààñçēē ĺēēààđ ɱààķēēš īīţ ƀŷ ēēχƥōōŕţīīñĝ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ōōñçēē (çŕīīšīīšƥĺààñ ţŕŭŭšţ ēēχƥōōŕţ ĐĪĪŔ, ōōŕ Ŕēēçōōŕđš → Ķēēŷš).]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The organisation trust root is kept under the card-issuing key: a user who issues cards and manages keys (e.g. the first user) makes it.</source>
            <translation>[Ţĥēē ōōŕĝààñīīšààţīīōōñ ţŕŭŭšţ ŕōōōōţ īīš ķēēƥţ ŭŭñđēēŕ ţĥēē çààŕđ-īīššŭŭīīñĝ ķēēŷ: àà ŭŭšēēŕ ŵĥōō īīššŭŭēēš çààŕđš ààñđ ɱààñààĝēēš ķēēŷš (ēē.ĝ. ţĥēē ƒīīŕšţ ŭŭšēēŕ) ɱààķēēš īīţ.]</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Signing the trust bundle needs the organisation's trust root, which only users who issue cards hold. Ask a clinician or GP to export it.</source>
            <translation>[Šīīĝñīīñĝ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ñēēēēđš ţĥēē ōōŕĝààñīīšààţīīōōñ'š ţŕŭŭšţ ŕōōōōţ, ŵĥīīçĥ ōōñĺŷ ŭŭšēēŕš ŵĥōō īīššŭŭēē çààŕđš ĥōōĺđ. ÀÀšķ àà çĺīīñīīçīīààñ ōōŕ ĜƤ ţōō ēēχƥōōŕţ īīţ.]</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Exporting the trust bundle needs a role that issues cards or manages keys.</source>
            <translation>[ĒĒχƥōōŕţīīñĝ ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ñēēēēđš àà ŕōōĺēē ţĥààţ īīššŭŭēēš çààŕđš ōōŕ ɱààñààĝēēš ķēēŷš.]</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Give a reason of 3 to 500 characters.</source>
            <translation>[Ĝīīʋēē àà ŕēēààšōōñ ōōƒ 3 ţōō 500 çĥààŕààçţēēŕš.]</translation>
        </message>
        <message>
            <location line="+38" />
            <source>The partner's name must be 2 to 200 characters.</source>
            <translation>[Ţĥēē ƥààŕţñēēŕ'š ñààɱēē ɱŭŭšţ ƀēē 2 ţōō 200 çĥààŕààçţēēŕš.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That is this organisation's own trust root.</source>
            <translation>[Ţĥààţ īīš ţĥīīš ōōŕĝààñīīšààţīīōōñ'š ōōŵñ ţŕŭŭšţ ŕōōōōţ.]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This bundle is not newer than the one already held for that partner; nothing was changed.</source>
            <translation>[Ţĥīīš ƀŭŭñđĺēē īīš ñōōţ ñēēŵēēŕ ţĥààñ ţĥēē ōōñēē ààĺŕēēààđŷ ĥēēĺđ ƒōōŕ ţĥààţ ƥààŕţñēēŕ; ñōōţĥīīñĝ ŵààš çĥààñĝēēđ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/services/verifier_export.py" line="+46" />
            <source>The verifier was not written: {message}</source>
            <translation>[Ţĥēē ʋēēŕīīƒīīēēŕ ŵààš ñōōţ ŵŕīīţţēēñ: {message}]</translation>
        </message>
        <message>
            <location line="+15" />
            <source>the address must be a full http:// or https:// address of the page, at most 500 characters.</source>
            <translation>[ţĥēē ààđđŕēēšš ɱŭŭšţ ƀēē àà ƒŭŭĺĺ ĥţţƥ:// ōōŕ ĥţţƥš:// ààđđŕēēšš ōōƒ ţĥēē ƥààĝēē, ààţ ɱōōšţ 500 çĥààŕààçţēēŕš.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the page template is damaged (reinstall the app).</source>
            <translation>[ţĥēē ƥààĝēē ţēēɱƥĺààţēē īīš đààɱààĝēēđ (ŕēēīīñšţààĺĺ ţĥēē ààƥƥ).]</translation>
        </message>
        <message>
            <location line="+26" />
            <source>the trust root fingerprint must be 64 hexadecimal digits.</source>
            <translation>[ţĥēē ţŕŭŭšţ ŕōōōōţ ƒīīñĝēēŕƥŕīīñţ ɱŭŭšţ ƀēē 64 ĥēēχààđēēçīīɱààĺ đīīĝīīţš.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/services/verify.py" line="+78" />
            <source>The trust bundle file could not be read: {exc}</source>
            <translation>[Ţĥēē ţŕŭŭšţ ƀŭŭñđĺēē ƒīīĺēē çōōŭŭĺđ ñōōţ ƀēē ŕēēààđ: {exc}]</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{message} This file holds {count} codes that do not agree; each is listed below. Do not rely on it until you know which card is current.</source>
            <translation>[{message} Ţĥīīš ƒīīĺēē ĥōōĺđš {count} çōōđēēš ţĥààţ đōō ñōōţ ààĝŕēēēē; ēēààçĥ īīš ĺīīšţēēđ ƀēēĺōōŵ. Đōō ñōōţ ŕēēĺŷ ōōñ īīţ ŭŭñţīīĺ ŷōōŭŭ ķñōōŵ ŵĥīīçĥ çààŕđ īīš çŭŭŕŕēēñţ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/services/verify_pdf.py" line="+31" />
            <source>The file is too large to read.</source>
            <translation>[Ţĥēē ƒīīĺēē īīš ţōōōō ĺààŕĝēē ţōō ŕēēààđ.]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file is damaged or cannot be read.</source>
            <translation>[Ţĥēē ƒīīĺēē īīš đààɱààĝēēđ ōōŕ çààññōōţ ƀēē ŕēēààđ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/services/label_reviews.py" line="+42" />
            <source>No card labels for the language '{code}'. Languages: {names}.</source>
            <translation>[Ñōō çààŕđ ĺààƀēēĺš ƒōōŕ ţĥēē ĺààñĝŭŭààĝēē '{code}'. Ĺààñĝŭŭààĝēēš: {names}.]</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Give the translator's name (2 to 200 characters).</source>
            <translation>[Ĝīīʋēē ţĥēē ţŕààñšĺààţōōŕ'š ñààɱēē (2 ţōō 200 çĥààŕààçţēēŕš).]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date of the check cannot be in the future.</source>
            <translation>[Ţĥēē đààţēē ōōƒ ţĥēē çĥēēçķ çààññōōţ ƀēē īīñ ţĥēē ƒŭŭţŭŭŕēē.]</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No check of the {language} labels is recorded.</source>
            <translation>[Ñōō çĥēēçķ ōōƒ ţĥēē {language} ĺààƀēēĺš īīš ŕēēçōōŕđēēđ.]</translation>
        </message>
    </context>
    <context>
        <name>sharing</name>
        <message>
            <location filename="../../crisisplan/sharing/fit.py" line="+100" />
            <source>The card's information does not fit in one QR code even after shortening.</source>
            <translation>[Ţĥēē çààŕđ'š īīñƒōōŕɱààţīīōōñ đōōēēš ñōōţ ƒīīţ īīñ ōōñēē ɊŔ çōōđēē ēēʋēēñ ààƒţēēŕ šĥōōŕţēēñīīñĝ.]</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <location filename="../../crisisplan/store/backup.py" line="+67" />
            <source>The folder for the backup does not exist. Choose another folder.</source>
            <translation>[Ţĥēē ƒōōĺđēēŕ ƒōōŕ ţĥēē ƀààçķŭŭƥ đōōēēš ñōōţ ēēχīīšţ. Çĥōōōōšēē ààñōōţĥēēŕ ƒōōĺđēēŕ.]</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The backup was not made: {exc}</source>
            <translation>[Ţĥēē ƀààçķŭŭƥ ŵààš ñōōţ ɱààđēē: {exc}]</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup does not hold the same number of plans as the store.</source>
            <translation>[Ţĥēē ƀààçķŭŭƥ đōōēēš ñōōţ ĥōōĺđ ţĥēē šààɱēē ñŭŭɱƀēēŕ ōōƒ ƥĺààñš ààš ţĥēē šţōōŕēē.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The backup could not be verified after writing, so it was removed. Try again, perhaps on another disk.</source>
            <translation>[Ţĥēē ƀààçķŭŭƥ çōōŭŭĺđ ñōōţ ƀēē ʋēēŕīīƒīīēēđ ààƒţēēŕ ŵŕīīţīīñĝ, šōō īīţ ŵààš ŕēēɱōōʋēēđ. Ţŕŷ ààĝààīīñ, ƥēēŕĥààƥš ōōñ ààñōōţĥēēŕ đīīšķ.]</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+72" />
            <location line="+97" />
            <source>The backup's parts do not belong together. Choose another backup.</source>
            <translation>[Ţĥēē ƀààçķŭŭƥ'š ƥààŕţš đōō ñōōţ ƀēēĺōōñĝ ţōōĝēēţĥēēŕ. Çĥōōōōšēē ààñōōţĥēēŕ ƀààçķŭŭƥ.]</translation>
        </message>
        <message>
            <location line="-101" />
            <location filename="../../crisisplan/store/backup_format.py" line="+87" />
            <source>This backup was made by a newer version of crisisplan. Install the newer version to restore it.</source>
            <translation>[Ţĥīīš ƀààçķŭŭƥ ŵààš ɱààđēē ƀŷ àà ñēēŵēēŕ ʋēēŕšīīōōñ ōōƒ çŕīīšīīšƥĺààñ. ĪĪñšţààĺĺ ţĥēē ñēēŵēēŕ ʋēēŕšīīōōñ ţōō ŕēēšţōōŕēē īīţ.]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The username or passphrase is not right for this backup. Use a username and passphrase that were valid when it was made.</source>
            <translation>[Ţĥēē ŭŭšēēŕñààɱēē ōōŕ ƥààššƥĥŕààšēē īīš ñōōţ ŕīīĝĥţ ƒōōŕ ţĥīīš ƀààçķŭŭƥ. ŬŬšēē àà ŭŭšēēŕñààɱēē ààñđ ƥààššƥĥŕààšēē ţĥààţ ŵēēŕēē ʋààĺīīđ ŵĥēēñ īīţ ŵààš ɱààđēē.]</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+54" />
            <source>The backup's key file is damaged. Choose another backup.</source>
            <translation>[Ţĥēē ƀààçķŭŭƥ'š ķēēŷ ƒīīĺēē īīš đààɱààĝēēđ. Çĥōōōōšēē ààñōōţĥēēŕ ƀààçķŭŭƥ.]</translation>
        </message>
        <message>
            <location line="-41" />
            <source>That user was removed before this backup was made. Use another user's passphrase or the recovery key.</source>
            <translation>[Ţĥààţ ŭŭšēēŕ ŵààš ŕēēɱōōʋēēđ ƀēēƒōōŕēē ţĥīīš ƀààçķŭŭƥ ŵààš ɱààđēē. ŬŬšēē ààñōōţĥēēŕ ŭŭšēēŕ'š ƥààššƥĥŕààšēē ōōŕ ţĥēē ŕēēçōōʋēēŕŷ ķēēŷ.]</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The store in the folder changed while the backup was being checked. Nothing was restored; try again.</source>
            <translation>[Ţĥēē šţōōŕēē īīñ ţĥēē ƒōōĺđēēŕ çĥààñĝēēđ ŵĥīīĺēē ţĥēē ƀààçķŭŭƥ ŵààš ƀēēīīñĝ çĥēēçķēēđ. Ñōōţĥīīñĝ ŵààš ŕēēšţōōŕēēđ; ţŕŷ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+13" />
            <location line="+9" />
            <source>The backup's database is damaged. Choose another backup.</source>
            <translation>[Ţĥēē ƀààçķŭŭƥ'š đààţààƀààšēē īīš đààɱààĝēēđ. Çĥōōōōšēē ààñōōţĥēēŕ ƀààçķŭŭƥ.]</translation>
        </message>
        <message>
            <location line="-20" />
            <source>The backup's database is damaged or does not match its key file. Choose another backup.</source>
            <translation>[Ţĥēē ƀààçķŭŭƥ'š đààţààƀààšēē īīš đààɱààĝēēđ ōōŕ đōōēēš ñōōţ ɱààţçĥ īīţš ķēēŷ ƒīīĺēē. Çĥōōōōšēē ààñōōţĥēēŕ ƀààçķŭŭƥ.]</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The backup's audit log does not verify: it may have been tampered with. Choose another backup.</source>
            <translation>[Ţĥēē ƀààçķŭŭƥ'š ààŭŭđīīţ ĺōōĝ đōōēēš ñōōţ ʋēēŕīīƒŷ: īīţ ɱààŷ ĥààʋēē ƀēēēēñ ţààɱƥēēŕēēđ ŵīīţĥ. Çĥōōōōšēē ààñōōţĥēēŕ ƀààçķŭŭƥ.]</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup's header does not match its audit log: it may have been tampered with. Choose another backup.</source>
            <translation>[Ţĥēē ƀààçķŭŭƥ'š ĥēēààđēēŕ đōōēēš ñōōţ ɱààţçĥ īīţš ààŭŭđīīţ ĺōōĝ: īīţ ɱààŷ ĥààʋēē ƀēēēēñ ţààɱƥēēŕēēđ ŵīīţĥ. Çĥōōōōšēē ààñōōţĥēēŕ ƀààçķŭŭƥ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/backup_format.py" line="-60" />
            <source>This file is not a crisisplan backup. Choose a file made with 'Back up'.</source>
            <translation>[Ţĥīīš ƒīīĺēē īīš ñōōţ àà çŕīīšīīšƥĺààñ ƀààçķŭŭƥ. Çĥōōōōšēē àà ƒīīĺēē ɱààđēē ŵīīţĥ 'Ɓààçķ ŭŭƥ'.]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This backup file is damaged or incomplete. Choose another backup.</source>
            <translation>[Ţĥīīš ƀààçķŭŭƥ ƒīīĺēē īīš đààɱààĝēēđ ōōŕ īīñçōōɱƥĺēēţēē. Çĥōōōōšēē ààñōōţĥēēŕ ƀààçķŭŭƥ.]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This is not a regular file (a device, pipe or folder cannot be a backup). Choose a backup file.</source>
            <translation>[Ţĥīīš īīš ñōōţ àà ŕēēĝŭŭĺààŕ ƒīīĺēē (àà đēēʋīīçēē, ƥīīƥēē ōōŕ ƒōōĺđēēŕ çààññōōţ ƀēē àà ƀààçķŭŭƥ). Çĥōōōōšēē àà ƀààçķŭŭƥ ƒīīĺēē.]</translation>
        </message>
        <message>
            <location line="+81" />
            <source>The backup file could not be read. Check that it exists and that you may read it.</source>
            <translation>[Ţĥēē ƀààçķŭŭƥ ƒīīĺēē çōōŭŭĺđ ñōōţ ƀēē ŕēēààđ. Çĥēēçķ ţĥààţ īīţ ēēχīīšţš ààñđ ţĥààţ ŷōōŭŭ ɱààŷ ŕēēààđ īīţ.]</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The backup file could not be read, or there was no room to unpack it. Check the file and the free disk space.</source>
            <translation>[Ţĥēē ƀààçķŭŭƥ ƒīīĺēē çōōŭŭĺđ ñōōţ ƀēē ŕēēààđ, ōōŕ ţĥēēŕēē ŵààš ñōō ŕōōōōɱ ţōō ŭŭñƥààçķ īīţ. Çĥēēçķ ţĥēē ƒīīĺēē ààñđ ţĥēē ƒŕēēēē đīīšķ šƥààçēē.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/database.py" line="+60" />
            <source>crisisplan needs SQLCipher {PINNED_SQLCIPHER} but found {value}. Reinstall crisisplan to get the tested version.</source>
            <translation>[çŕīīšīīšƥĺààñ ñēēēēđš ŠɊĹÇīīƥĥēēŕ {PINNED_SQLCIPHER} ƀŭŭţ ƒōōŭŭñđ {value}. Ŕēēīīñšţààĺĺ çŕīīšīīšƥĺààñ ţōō ĝēēţ ţĥēē ţēēšţēēđ ʋēēŕšīīōōñ.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The installed SQLCipher lacks full-text search (FTS5). Reinstall crisisplan.</source>
            <translation>[Ţĥēē īīñšţààĺĺēēđ ŠɊĹÇīīƥĥēēŕ ĺààçķš ƒŭŭĺĺ-ţēēχţ šēēààŕçĥ (ƑŢŠ5). Ŕēēīīñšţààĺĺ çŕīīšīīšƥĺààñ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/errors.py" line="+26" />
            <source>There is no crisisplan store in this folder. Choose the folder that holds your store, create a new store, or restore a backup.</source>
            <translation>[Ţĥēēŕēē īīš ñōō çŕīīšīīšƥĺààñ šţōōŕēē īīñ ţĥīīš ƒōōĺđēēŕ. Çĥōōōōšēē ţĥēē ƒōōĺđēēŕ ţĥààţ ĥōōĺđš ŷōōŭŭŕ šţōōŕēē, çŕēēààţēē àà ñēēŵ šţōōŕēē, ōōŕ ŕēēšţōōŕēē àà ƀààçķŭŭƥ.]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The store was restored from a backup while you had it open, so this change was NOT saved. Close the store and reopen it (sign in again) to continue.</source>
            <translation>[Ţĥēē šţōōŕēē ŵààš ŕēēšţōōŕēēđ ƒŕōōɱ àà ƀààçķŭŭƥ ŵĥīīĺēē ŷōōŭŭ ĥààđ īīţ ōōƥēēñ, šōō ţĥīīš çĥààñĝēē ŵààš ÑŌŌŢ šààʋēēđ. Çĺōōšēē ţĥēē šţōōŕēē ààñđ ŕēēōōƥēēñ īīţ (šīīĝñ īīñ ààĝààīīñ) ţōō çōōñţīīñŭŭēē.]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A crisisplan store already exists in this folder. Open it instead, or choose an empty folder for a new store.</source>
            <translation>[ÀÀ çŕīīšīīšƥĺààñ šţōōŕēē ààĺŕēēààđŷ ēēχīīšţš īīñ ţĥīīš ƒōōĺđēēŕ. ŌŌƥēēñ īīţ īīñšţēēààđ, ōōŕ çĥōōōōšēē ààñ ēēɱƥţŷ ƒōōĺđēēŕ ƒōōŕ àà ñēēŵ šţōōŕēē.]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The username or passphrase is not right. Check them (and the Caps Lock key) and try again.</source>
            <translation>[Ţĥēē ŭŭšēēŕñààɱēē ōōŕ ƥààššƥĥŕààšēē īīš ñōōţ ŕīīĝĥţ. Çĥēēçķ ţĥēēɱ (ààñđ ţĥēē Çààƥš Ĺōōçķ ķēēŷ) ààñđ ţŕŷ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Too many failed attempts to unlock the store. Wait {max} seconds, then try again.</source>
            <translation>[Ţōōōō ɱààñŷ ƒààīīĺēēđ ààţţēēɱƥţš ţōō ŭŭñĺōōçķ ţĥēē šţōōŕēē. Ŵààīīţ {max} šēēçōōñđš, ţĥēēñ ţŕŷ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The store is damaged and cannot be read. Restore it from your most recent backup.</source>
            <translation>[Ţĥēē šţōōŕēē īīš đààɱààĝēēđ ààñđ çààññōōţ ƀēē ŕēēààđ. Ŕēēšţōōŕēē īīţ ƒŕōōɱ ŷōōŭŭŕ ɱōōšţ ŕēēçēēñţ ƀààçķŭŭƥ.]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The store is busy: another crisisplan window or program is using it. Wait a moment and try again, or close the other window.</source>
            <translation>[Ţĥēē šţōōŕēē īīš ƀŭŭšŷ: ààñōōţĥēēŕ çŕīīšīīšƥĺààñ ŵīīñđōōŵ ōōŕ ƥŕōōĝŕààɱ īīš ŭŭšīīñĝ īīţ. Ŵààīīţ àà ɱōōɱēēñţ ààñđ ţŕŷ ààĝààīīñ, ōōŕ çĺōōšēē ţĥēē ōōţĥēēŕ ŵīīñđōōŵ.]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the store could not be written to</source>
            <translation>[ţĥēē šţōōŕēē çōōŭŭĺđ ñōōţ ƀēē ŵŕīīţţēēñ ţōō]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not saved: {reason}. Your earlier saved work is safe. Fix the problem and save again.</source>
            <translation>[Ñōōţ šààʋēēđ: {reason}. Ŷōōŭŭŕ ēēààŕĺīīēēŕ šààʋēēđ ŵōōŕķ īīš šààƒēē. Ƒīīχ ţĥēē ƥŕōōƀĺēēɱ ààñđ šààʋēē ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+28" />
            <source>This backup is of a different store, so it was not restored and nothing was changed. To replace this store with that other one on purpose, sign in with that store's credentials and use 'restore --replace-with-other-store'.</source>
            <translation>[Ţĥīīš ƀààçķŭŭƥ īīš ōōƒ àà đīīƒƒēēŕēēñţ šţōōŕēē, šōō īīţ ŵààš ñōōţ ŕēēšţōōŕēēđ ààñđ ñōōţĥīīñĝ ŵààš çĥààñĝēēđ. Ţōō ŕēēƥĺààçēē ţĥīīš šţōōŕēē ŵīīţĥ ţĥààţ ōōţĥēēŕ ōōñēē ōōñ ƥŭŭŕƥōōšēē, šīīĝñ īīñ ŵīīţĥ ţĥààţ šţōōŕēē'š çŕēēđēēñţīīààĺš ààñđ ŭŭšēē 'ŕēēšţōōŕēē --ŕēēƥĺààçēē-ŵīīţĥ-ōōţĥēēŕ-šţōōŕēē'.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/keyring.py" line="+59" />
            <source>The store's key file could not be read. Check that you may read the store's folder, then try again.</source>
            <translation>[Ţĥēē šţōōŕēē'š ķēēŷ ƒīīĺēē çōōŭŭĺđ ñōōţ ƀēē ŕēēààđ. Çĥēēçķ ţĥààţ ŷōōŭŭ ɱààŷ ŕēēààđ ţĥēē šţōōŕēē'š ƒōōĺđēēŕ, ţĥēēñ ţŕŷ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The store is locked. Unlock it again to continue.</source>
            <translation>[Ţĥēē šţōōŕēē īīš ĺōōçķēēđ. ŬŬñĺōōçķ īīţ ààĝààīīñ ţōō çōōñţīīñŭŭēē.]</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+49" />
            <source>Only a user who holds {key} can do this.</source>
            <translation>[ŌŌñĺŷ àà ŭŭšēēŕ ŵĥōō ĥōōĺđš {key} çààñ đōō ţĥīīš.]</translation>
        </message>
        <message>
            <location line="+102" />
            <source>The key file has no slot for '{username}'. Reset their passphrase.</source>
            <translation>[Ţĥēē ķēēŷ ƒīīĺēē ĥààš ñōō šĺōōţ ƒōōŕ '{username}'. Ŕēēšēēţ ţĥēēīīŕ ƥààššƥĥŕààšēē.]</translation>
        </message>
        <message>
            <location line="-195" />
            <location filename="../../crisisplan/store/keys.py" line="+59" />
            <source>The key file of this folder (keyslots.json) is damaged or is not a crisisplan key file. Restore the store from a backup.</source>
            <translation>[Ţĥēē ķēēŷ ƒīīĺēē ōōƒ ţĥīīš ƒōōĺđēēŕ (ķēēŷšĺōōţš.ĵšōōñ) īīš đààɱààĝēēđ ōōŕ īīš ñōōţ àà çŕīīšīīšƥĺààñ ķēēŷ ƒīīĺēē. Ŕēēšţōōŕēē ţĥēē šţōōŕēē ƒŕōōɱ àà ƀààçķŭŭƥ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/keys.py" line="+199" />
            <source>The key file of this store is damaged: your passphrase is right but the store key cannot be recovered from it. Restore the store from a backup.</source>
            <translation>[Ţĥēē ķēēŷ ƒīīĺēē ōōƒ ţĥīīš šţōōŕēē īīš đààɱààĝēēđ: ŷōōŭŭŕ ƥààššƥĥŕààšēē īīš ŕīīĝĥţ ƀŭŭţ ţĥēē šţōōŕēē ķēēŷ çààññōōţ ƀēē ŕēēçōōʋēēŕēēđ ƒŕōōɱ īīţ. Ŕēēšţōōŕēē ţĥēē šţōōŕēē ƒŕōōɱ àà ƀààçķŭŭƥ.]</translation>
        </message>
        <message>
            <location line="+58" />
            <source>This store's key file was made by a newer version of crisisplan. Update crisisplan, then open the store again.</source>
            <translation>[Ţĥīīš šţōōŕēē'š ķēēŷ ƒīīĺēē ŵààš ɱààđēē ƀŷ àà ñēēŵēēŕ ʋēēŕšīīōōñ ōōƒ çŕīīšīīšƥĺààñ. ŬŬƥđààţēē çŕīīšīīšƥĺààñ, ţĥēēñ ōōƥēēñ ţĥēē šţōōŕēē ààĝààīīñ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/migrations.py" line="+208" />
            <source>This store was made by a newer version of crisisplan. Install the newer version to open it.</source>
            <translation>[Ţĥīīš šţōōŕēē ŵààš ɱààđēē ƀŷ àà ñēēŵēēŕ ʋēēŕšīīōōñ ōōƒ çŕīīšīīšƥĺààñ. ĪĪñšţààĺĺ ţĥēē ñēēŵēēŕ ʋēēŕšīīōōñ ţōō ōōƥēēñ īīţ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/model.py" line="+82" />
            <source>A username must be 1 to 64 characters long and use only letters, digits, dots, dashes and underscores (no spaces).</source>
            <translation>[ÀÀ ŭŭšēēŕñààɱēē ɱŭŭšţ ƀēē 1 ţōō 64 çĥààŕààçţēēŕš ĺōōñĝ ààñđ ŭŭšēē ōōñĺŷ ĺēēţţēēŕš, đīīĝīīţš, đōōţš, đààšĥēēš ààñđ ŭŭñđēēŕšçōōŕēēš (ñōō šƥààçēēš).]</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The username '{RECOVERY_USERNAME}' is reserved. Choose another username.</source>
            <translation>[Ţĥēē ŭŭšēēŕñààɱēē '{RECOVERY_USERNAME}' īīš ŕēēšēēŕʋēēđ. Çĥōōōōšēē ààñōōţĥēēŕ ŭŭšēēŕñààɱēē.]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Roles must be given as a list of role names.</source>
            <translation>[Ŕōōĺēēš ɱŭŭšţ ƀēē ĝīīʋēēñ ààš àà ĺīīšţ ōōƒ ŕōōĺēē ñààɱēēš.]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A role name must be 1 to 40 lowercase letters, digits, '-' or '_'.</source>
            <translation>[ÀÀ ŕōōĺēē ñààɱēē ɱŭŭšţ ƀēē 1 ţōō 40 ĺōōŵēēŕçààšēē ĺēēţţēēŕš, đīīĝīīţš, '-' ōōŕ '_'.]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Give each user at least one role.</source>
            <translation>[Ĝīīʋēē ēēààçĥ ŭŭšēēŕ ààţ ĺēēààšţ ōōñēē ŕōōĺēē.]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The passphrase must not be empty.</source>
            <translation>[Ţĥēē ƥààššƥĥŕààšēē ɱŭŭšţ ñōōţ ƀēē ēēɱƥţŷ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/plans.py" line="+36" />
            <source>That plan was not found. It may have been removed; refresh the list and try again.</source>
            <translation>[Ţĥààţ ƥĺààñ ŵààš ñōōţ ƒōōŭŭñđ. ĪĪţ ɱààŷ ĥààʋēē ƀēēēēñ ŕēēɱōōʋēēđ; ŕēēƒŕēēšĥ ţĥēē ĺīīšţ ààñđ ţŕŷ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+41" />
            <source>That version of the plan was not found. Refresh the history and try again.</source>
            <translation>[Ţĥààţ ʋēēŕšīīōōñ ōōƒ ţĥēē ƥĺààñ ŵààš ñōōţ ƒōōŭŭñđ. Ŕēēƒŕēēšĥ ţĥēē ĥīīšţōōŕŷ ààñđ ţŕŷ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Someone else saved this plan while you were editing it. Your changes are not saved yet: reload the plan to see their version, then make your changes again.</source>
            <translation>[Šōōɱēēōōñēē ēēĺšēē šààʋēēđ ţĥīīš ƥĺààñ ŵĥīīĺēē ŷōōŭŭ ŵēēŕēē ēēđīīţīīñĝ īīţ. Ŷōōŭŭŕ çĥààñĝēēš ààŕēē ñōōţ šààʋēēđ ŷēēţ: ŕēēĺōōààđ ţĥēē ƥĺààñ ţōō šēēēē ţĥēēīīŕ ʋēēŕšīīōōñ, ţĥēēñ ɱààķēē ŷōōŭŭŕ çĥààñĝēēš ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+237" />
            <source>Unknown plan order '{order}'. Use one of: {names}.</source>
            <translation>[ŬŬñķñōōŵñ ƥĺààñ ōōŕđēēŕ '{order}'. ŬŬšēē ōōñēē ōōƒ: {names}.]</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A plan needs a status.</source>
            <translation>[ÀÀ ƥĺààñ ñēēēēđš àà šţààţŭŭš.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/recovery.py" line="+43" />
            <source>That recovery key is not right: it is incomplete or has a typing mistake. Check it against the printed copy and try again.</source>
            <translation>[Ţĥààţ ŕēēçōōʋēēŕŷ ķēēŷ īīš ñōōţ ŕīīĝĥţ: īīţ īīš īīñçōōɱƥĺēēţēē ōōŕ ĥààš àà ţŷƥīīñĝ ɱīīšţààķēē. Çĥēēçķ īīţ ààĝààīīñšţ ţĥēē ƥŕīīñţēēđ çōōƥŷ ààñđ ţŕŷ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/restore_journal.py" line="+71" />
            <source>An interrupted restore could not be finished: its journal is unreadable. Restore the backup again.</source>
            <translation>[ÀÀñ īīñţēēŕŕŭŭƥţēēđ ŕēēšţōōŕēē çōōŭŭĺđ ñōōţ ƀēē ƒīīñīīšĥēēđ: īīţš ĵōōŭŭŕñààĺ īīš ŭŭñŕēēààđààƀĺēē. Ŕēēšţōōŕēē ţĥēē ƀààçķŭŭƥ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location line="+50" />
            <source>An interrupted restore could not be finished: its journal is damaged or names files outside the data folder, so nothing was changed. Ask your administrator; once {JOURNAL_FILE} is removed, restore the backup again.</source>
            <translation>[ÀÀñ īīñţēēŕŕŭŭƥţēēđ ŕēēšţōōŕēē çōōŭŭĺđ ñōōţ ƀēē ƒīīñīīšĥēēđ: īīţš ĵōōŭŭŕñààĺ īīš đààɱààĝēēđ ōōŕ ñààɱēēš ƒīīĺēēš ōōŭŭţšīīđēē ţĥēē đààţàà ƒōōĺđēēŕ, šōō ñōōţĥīīñĝ ŵààš çĥààñĝēēđ. ÀÀšķ ŷōōŭŭŕ ààđɱīīñīīšţŕààţōōŕ; ōōñçēē {JOURNAL_FILE} īīš ŕēēɱōōʋēēđ, ŕēēšţōōŕēē ţĥēē ƀààçķŭŭƥ ààĝààīīñ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/sharing.py" line="+218" />
            <source>No signing key in use has that id.</source>
            <translation>[Ñōō šīīĝñīīñĝ ķēēŷ īīñ ŭŭšēē ĥààš ţĥààţ īīđ.]</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No signing key that is not already revoked has that id.</source>
            <translation>[Ñōō šīīĝñīīñĝ ķēēŷ ţĥààţ īīš ñōōţ ààĺŕēēààđŷ ŕēēʋōōķēēđ ĥààš ţĥààţ īīđ.]</translation>
        </message>
        <message>
            <location line="+31" />
            <source>This store has no organisation trust root yet.</source>
            <translation>[Ţĥīīš šţōōŕēē ĥààš ñōō ōōŕĝààñīīšààţīīōōñ ţŕŭŭšţ ŕōōōōţ ŷēēţ.]</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+28" />
            <source>No card with that id was issued from this store.</source>
            <translation>[Ñōō çààŕđ ŵīīţĥ ţĥààţ īīđ ŵààš īīššŭŭēēđ ƒŕōōɱ ţĥīīš šţōōŕēē.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/store.py" line="+156" />
            <source>The key derivation cost is outside the allowed range.</source>
            <translation>[Ţĥēē ķēēŷ đēēŕīīʋààţīīōōñ çōōšţ īīš ōōŭŭţšīīđēē ţĥēē ààĺĺōōŵēēđ ŕààñĝēē.]</translation>
        </message>
        <message>
            <location line="+61" />
            <source>This store has no recovery key. Open it with a passphrase.</source>
            <translation>[Ţĥīīš šţōōŕēē ĥààš ñōō ŕēēçōōʋēēŕŷ ķēēŷ. ŌŌƥēēñ īīţ ŵīīţĥ àà ƥààššƥĥŕààšēē.]</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The store's database file (crisisplan.db) is missing from this folder. Restore the store from a backup.</source>
            <translation>[Ţĥēē šţōōŕēē'š đààţààƀààšēē ƒīīĺēē (çŕīīšīīšƥĺààñ.đƀ) īīš ɱīīššīīñĝ ƒŕōōɱ ţĥīīš ƒōōĺđēēŕ. Ŕēēšţōōŕēē ţĥēē šţōōŕēē ƒŕōōɱ àà ƀààçķŭŭƥ.]</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The store's key file does not belong to its database. Restore the store from a backup.</source>
            <translation>[Ţĥēē šţōōŕēē'š ķēēŷ ƒīīĺēē đōōēēš ñōōţ ƀēēĺōōñĝ ţōō īīţš đààţààƀààšēē. Ŕēēšţōōŕēē ţĥēē šţōōŕēē ƒŕōōɱ àà ƀààçķŭŭƥ.]</translation>
        </message>
        <message>
            <location line="+46" />
            <source>The store is closed. Unlock it again to continue.</source>
            <translation>[Ţĥēē šţōōŕēē īīš çĺōōšēēđ. ŬŬñĺōōçķ īīţ ààĝààīīñ ţōō çōōñţīīñŭŭēē.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/rotation.py" line="+223" />
            <source>A plan's search entry could not be rebuilt, so the keys were not changed.</source>
            <translation>[ÀÀ ƥĺààñ'š šēēààŕçĥ ēēñţŕŷ çōōŭŭĺđ ñōōţ ƀēē ŕēēƀŭŭīīĺţ, šōō ţĥēē ķēēŷš ŵēēŕēē ñōōţ çĥààñĝēēđ.]</translation>
        </message>
        <message>
            <location line="+118" />
            <source>the store could not be re-encrypted (the old key still works)</source>
            <translation>[ţĥēē šţōōŕēē çōōŭŭĺđ ñōōţ ƀēē ŕēē-ēēñçŕŷƥţēēđ (ţĥēē ōōĺđ ķēēŷ šţīīĺĺ ŵōōŕķš)]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/store.py" line="+87" />
            <source>Only a user who holds every key (an administrator with clinical access) can replace the recovery key.</source>
            <translation>[ŌŌñĺŷ àà ŭŭšēēŕ ŵĥōō ĥōōĺđš ēēʋēēŕŷ ķēēŷ (ààñ ààđɱīīñīīšţŕààţōōŕ ŵīīţĥ çĺīīñīīçààĺ ààççēēšš) çààñ ŕēēƥĺààçēē ţĥēē ŕēēçōōʋēēŕŷ ķēēŷ.]</translation>
        </message>
        <message>
            <location filename="../../crisisplan/store/users.py" line="+55" />
            <source>There is already a user called '{username}'. Choose another username.</source>
            <translation>[Ţĥēēŕēē īīš ààĺŕēēààđŷ àà ŭŭšēēŕ çààĺĺēēđ '{username}'. Çĥōōōōšēē ààñōōţĥēēŕ ŭŭšēēŕñààɱēē.]</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Only a user who holds {label} can grant the role '{role}'. Ask a clinician who is also an administrator.</source>
            <translation>[ŌŌñĺŷ àà ŭŭšēēŕ ŵĥōō ĥōōĺđš {label} çààñ ĝŕààñţ ţĥēē ŕōōĺēē '{role}'. ÀÀšķ àà çĺīīñīīçīīààñ ŵĥōō īīš ààĺšōō ààñ ààđɱīīñīīšţŕààţōōŕ.]</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+104" />
            <source>There is no user called '{username}'. Check the username.</source>
            <translation>[Ţĥēēŕēē īīš ñōō ŭŭšēēŕ çààĺĺēēđ '{username}'. Çĥēēçķ ţĥēē ŭŭšēēŕñààɱēē.]</translation>
        </message>
        <message>
            <location line="-89" />
            <source>This is the only administrator, so it cannot be removed. Give another user the admin role first.</source>
            <translation>[Ţĥīīš īīš ţĥēē ōōñĺŷ ààđɱīīñīīšţŕààţōōŕ, šōō īīţ çààññōōţ ƀēē ŕēēɱōōʋēēđ. Ĝīīʋēē ààñōōţĥēēŕ ŭŭšēēŕ ţĥēē ààđɱīīñ ŕōōĺēē ƒīīŕšţ.]</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This is the only administrator, so the admin role cannot be taken away. Give another user the admin role first.</source>
            <translation>[Ţĥīīš īīš ţĥēē ōōñĺŷ ààđɱīīñīīšţŕààţōōŕ, šōō ţĥēē ààđɱīīñ ŕōōĺēē çààññōōţ ƀēē ţààķēēñ ààŵààŷ. Ĝīīʋēē ààñōōţĥēēŕ ŭŭšēēŕ ţĥēē ààđɱīīñ ŕōōĺēē ƒīīŕšţ.]</translation>
        </message>
    </context>
</TS>
