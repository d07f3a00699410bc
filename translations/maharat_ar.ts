<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutPage</name>
    <message>
        <source>About</source>
        <extracomment>Title of the About page</extracomment>
        <translation>حول التطبيق</translation>
    </message>
    <message>
        <source>Maharat</source>
        <extracomment>App name on the About page</extracomment>
        <translation>مهارة</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Customer-service skills for front-line staff, offline, in Persian, Arabic and English.</source>
        <extracomment>Short description of the app on the About page</extracomment>
        <translation>مهارات خدمة العملاء لموظفي الخطوط الأمامية، دون الحاجة إلى الإنترنت، بالفارسية والعربية والإنجليزية.</translation>
    </message>
    <message>
        <source>The audio clips of the bundled packs are read by synthetic voices (eSpeak NG), not by people. A manager can replace any clip with a recording.</source>
        <extracomment>Note that the bundled audio is computer-generated</extracomment>
        <translation>المقاطع الصوتية في الحزم المرفقة بالتطبيق مقروءة بأصوات اصطناعية (eSpeak NG)، لا بأصوات بشرية. ويمكن للمدير استبدال أي مقطع بتسجيل صوتي.</translation>
    </message>
    <message>
        <source>Content packs</source>
        <extracomment>About page heading above the installed content packs</extracomment>
        <translation>حزم المحتوى</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <extracomment>Pack details: %1 version number, %2 publisher, %3 licence</extracomment>
        <translation>الإصدار %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Based on:</source>
        <extracomment>Heading above a pack&apos;s sources</extracomment>
        <translation>استنادًا إلى:</translation>
    </message>
    <message>
        <source>Fonts</source>
        <extracomment>About page heading above font licences</extracomment>
        <translation>الخطوط</translation>
    </message>
    <message>
        <source>Vazirmatn by Saber Rastikerdar, and Noto Sans and Noto Sans Arabic by Google, all under the SIL Open Font License 1.1.</source>
        <extracomment>Font credits on the About page</extracomment>
        <translation>خط Vazirmatn من تصميم صابر راستي كردار، وخطّا Noto Sans وNoto Sans Arabic من Google، وجميعها مرخّصة بموجب SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>Hide the licence text</source>
        <extracomment>Button that shows the full font licence text</extracomment>
        <translation>إخفاء نص الترخيص</translation>
    </message>
    <message>
        <source>Show the licence text</source>
        <translation>عرض نص الترخيص</translation>
    </message>
</context>
<context>
    <name>AddCatalogDialog</name>
    <message>
        <source>Add a catalog</source>
        <extracomment>Title of the dialog that subscribes to a catalog</extracomment>
        <translation>إضافة فهرس</translation>
    </message>
    <message>
        <source>Paste the link your organisation shared (a web address, or file:// for a USB stick or shared folder).</source>
        <extracomment>Explains what to paste into the Add a catalog field</extracomment>
        <translation>الصق الرابط الذي شاركته مؤسستك (عنوان ويب، أو file:// لذاكرة USB أو مجلد مشترك).</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Confirms adding the catalog</extracomment>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>This clip cannot be played.</source>
        <extracomment>Shown when a phrasing clip cannot be played</extracomment>
        <translation>لا يمكن تشغيل هذا المقطع.</translation>
    </message>
    <message>
        <source>This clip cannot be loaded from its pack.</source>
        <extracomment>Shown when a clip&apos;s data could not be read from its pack</extracomment>
        <translation>لا يمكن تحميل هذا المقطع من حزمته.</translation>
    </message>
    <message>
        <source>No audio output is available on this device, so clips cannot be played.</source>
        <extracomment>Shown when the device has no speaker or sound system to play clips on</extracomment>
        <translation>لا يتوفر مخرج صوت على هذا الجهاز، لذا لا يمكن تشغيل المقاطع.</translation>
    </message>
</context>
<context>
    <name>AudioBanner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes the message about audio that cannot play</extracomment>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>CatalogError</name>
    <message>
        <source>This is not a valid catalog address.</source>
        <translation>هذا ليس عنوان فهرس صالحًا.</translation>
    </message>
    <message>
        <source>Catalog addresses must start with https://, http:// or file://.</source>
        <translation>يجب أن يبدأ عنوان الفهرس بـ https:// أو http:// أو file://.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <extracomment>%1 is a technical network message</extracomment>
        <translation>تعذّر الوصول إلى الخادم: %1</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (%1).</source>
        <extracomment>%1 is an HTTP status code</extracomment>
        <translation>أجاب الخادم بحالة غير متوقعة (%1).</translation>
    </message>
    <message>
        <source>The server has no such file (404). The address may be wrong or the file was removed.</source>
        <translation>لا يوجد هذا الملف على الخادم (404). ربما العنوان خاطئ أو حُذف الملف.</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again later.</source>
        <extracomment>%1 is an HTTP status code such as 500</extracomment>
        <translation>واجه الخادم مشكلة (%1). حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The server stopped sending data. Try again later.</source>
        <translation>توقّف الخادم عن إرسال البيانات. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>أعاد الخادم التوجيه مرات كثيرة جدًا.</translation>
    </message>
    <message>
        <source>The server sent more data than allowed (limit %1 bytes).</source>
        <extracomment>%1 a size limit in bytes</extracomment>
        <translation>أرسل الخادم بيانات أكثر من المسموح (الحد %1 بايت).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <extracomment>%1 a file path</extracomment>
        <translation>تتعذّر قراءة الملف %1.</translation>
    </message>
    <message>
        <source>Could not write %1. Is the disk full?</source>
        <extracomment>%1 a file path</extracomment>
        <translation>تعذّرت كتابة %1. هل القرص ممتلئ؟</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>أُلغي التنزيل.</translation>
    </message>
    <message>
        <source>The catalog has no signature file (catalog.json.minisig).</source>
        <translation>ليس للفهرس ملف توقيع (catalog.json.minisig).</translation>
    </message>
    <message>
        <source>The catalog&apos;s signature is not valid: it was changed after signing.</source>
        <translation>توقيع الفهرس غير صالح: عُدّل بعد التوقيع.</translation>
    </message>
    <message>
        <source>The catalog is signed by a different key (%1) than the one you subscribed with (%2).</source>
        <extracomment>%1 and %2 are key ids (hexadecimal)</extracomment>
        <translation>الفهرس موقّع بمفتاح مختلف (%1) عن المفتاح الذي اشتركت به (%2).</translation>
    </message>
    <message>
        <source>This catalog&apos;s publisher key is not known yet: compare the fingerprint before trusting it.</source>
        <translation>مفتاح ناشر هذا الفهرس غير معروف بعد: قارن البصمة قبل الوثوق به.</translation>
    </message>
    <message>
        <source>The catalog is not valid UTF-8 text.</source>
        <translation>الفهرس ليس نصًا صالحًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON: %1</source>
        <extracomment>%1 a technical JSON parser message</extracomment>
        <translation>الفهرس ليس JSON صالحًا: %1</translation>
    </message>
    <message>
        <source>This file is not a Maharat catalog.</source>
        <translation>هذا الملف ليس فهرس «مهارة».</translation>
    </message>
    <message>
        <source>This catalog uses format version %1, which needs a newer version of Maharat.</source>
        <extracomment>%1 a format version number</extracomment>
        <translation>يستخدم هذا الفهرس إصدار التنسيق %1، ويحتاج إلى إصدار أحدث من «مهارة».</translation>
    </message>
    <message>
        <source>The catalog has an invalid field: %1.</source>
        <extracomment>%1 a field name such as packs[3].sha256</extracomment>
        <translation>في الفهرس حقل غير صالح: %1.</translation>
    </message>
    <message>
        <source>The catalog lists the pack %1 twice.</source>
        <extracomment>%1 a pack id</extracomment>
        <translation>يذكر الفهرس الحزمة %1 مرتين.</translation>
    </message>
    <message>
        <source>The catalog is older (number %1) than one already seen (number %2): refused, it may be a replay.</source>
        <extracomment>%1 the catalog&apos;s sequence number, %2 the last one accepted</extracomment>
        <translation>هذا الفهرس أقدم (رقم %1) من فهرس سبق قبوله (رقم %2): رُفض، فقد يكون إعادة لنسخة قديمة.</translation>
    </message>
    <message>
        <source>The download has the wrong size (%1 bytes instead of %2).</source>
        <extracomment>%1 and %2 are byte counts</extracomment>
        <translation>حجم التنزيل غير صحيح (%1 بايت بدلًا من %2).</translation>
    </message>
    <message>
        <source>The downloaded file does not match the catalog&apos;s checksum: it was not installed.</source>
        <translation>لا يطابق الملف المنزَّل بصمة الفهرس: لم يُثبَّت.</translation>
    </message>
    <message>
        <source>The pack was downloaded but not installed: %1</source>
        <extracomment>%1 the reason the installer gave</extracomment>
        <translation>نُزّلت الحزمة لكنها لم تُثبَّت: %1</translation>
    </message>
    <message>
        <source>The pack is not the one the catalog describes.</source>
        <translation>هذه الحزمة ليست التي يصفها الفهرس.</translation>
    </message>
</context>
<context>
    <name>CatalogSection</name>
    <message>
        <source>Catalogs</source>
        <extracomment>Heading of the catalogs part of the library page</extracomment>
        <translation>الفهارس</translation>
    </message>
    <message>
        <source>A catalog lists the packs your organisation publishes. Add one to get its packs and their updates.</source>
        <extracomment>Shown when no catalog is subscribed yet</extracomment>
        <translation>الفهرس قائمة بالحزم التي تنشرها مؤسستك. أضف فهرسًا لتحصل على حزمه وتحديثاتها.</translation>
    </message>
    <message>
        <source>Add a catalog</source>
        <extracomment>Opens the dialog that subscribes to a catalog</extracomment>
        <translation>إضافة فهرس</translation>
    </message>
    <message>
        <source>Check now</source>
        <extracomment>Checks every subscribed catalog for new packs and updates now</extracomment>
        <translation>تحقّق الآن</translation>
    </message>
    <message>
        <source>Is this your publisher&apos;s key? Compare the fingerprint with the one they gave you before you continue.</source>
        <extracomment>Asked before trusting a catalog whose link carried no publisher key</extracomment>
        <translation>هل هذا مفتاح ناشرك؟ قارن البصمة بالتي أعطاك إياها قبل المتابعة.</translation>
    </message>
    <message>
        <source>Don&apos;t trust</source>
        <extracomment>Refuses a catalog&apos;s key: nothing is added</extracomment>
        <translation>لا تثق</translation>
    </message>
    <message>
        <source>Trust and add</source>
        <extracomment>Trusts a catalog&apos;s key after comparing the fingerprint</extracomment>
        <translation>ثق وأضف</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pack(s)</source>
        <extracomment>Under a catalog: how many packs it offers (the date it was last checked follows)</extracomment>
        <translation>
            <numerusform>لا حزم (%Ln)</numerusform>
            <numerusform>حزمة واحدة</numerusform>
            <numerusform>حزمتان</numerusform>
            <numerusform>%Ln حزم</numerusform>
            <numerusform>%Ln حزمة</numerusform>
            <numerusform>%Ln حزمة</numerusform>
        </translation>
    </message>
    <message>
        <source>This catalog has expired: the publisher has not renewed it, so newer packs may be missing.</source>
        <extracomment>Under a catalog whose expiry date passed (a mirror may be frozen or the publisher stopped)</extracomment>
        <translation>انتهت صلاحية هذا الفهرس: لم يجدّده الناشر، فقد تنقصه حزم أحدث.</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <extracomment>Under a catalog when the last check failed (offline is normal); %1 the reason</extracomment>
        <translation>تعذّر التحقق: %1</translation>
    </message>
    <message>
        <source>Install all updates (%1)</source>
        <extracomment>Installs every available update; %1 the total download size</extracomment>
        <translation>تثبيت كل التحديثات (%1)</translation>
    </message>
</context>
<context>
    <name>Catalogs</name>
    <message>
        <source>Not checked yet</source>
        <extracomment>Under a catalog: it has never been fetched successfully</extracomment>
        <translation>لم يُتحقَّق منه بعد</translation>
    </message>
    <message>
        <source>Last checked %1, %2</source>
        <extracomment>Under a catalog: %1 a date, %2 a time of day</extracomment>
        <translation>آخر تحقق %1، %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress: %1 bytes so far, %2 total size (both formatted, e.g. 1.2 MB)</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Catalog added, but it has expired: the publisher has not renewed it, so newer packs may be missing.</source>
        <translation>أُضيف الفهرس، لكن صلاحيته انتهت: لم يجدّده الناشر، فقد تنقصه حزم أحدث.</translation>
    </message>
    <message>
        <source>Catalog is up to date.</source>
        <extracomment>After adding or refreshing a catalog successfully</extracomment>
        <translation>الفهرس محدَّث.</translation>
    </message>
</context>
<context>
    <name>CatalogsPage</name>
    <message>
        <source>Catalogs</source>
        <extracomment>Title of the page listing subscribed catalogs and their packs</extracomment>
        <translation>الفهارس</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>This category has no topics yet.</source>
        <extracomment>Shown for a category that has no topics</extracomment>
        <translation>لا تحتوي هذه الفئة على موضوعات بعد.</translation>
    </message>
    <message>
        <source>Remembered: %1</source>
        <extracomment>Screen reader text of a topic&apos;s progress mark; %1 is a percentage</extracomment>
        <translation>نسبة التذكّر: %1</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Version %1 · %2 · %3</source>
        <extracomment>Under a pack in a catalog: %1 version number, %2 topic count text, %3 download size</extracomment>
        <translation>الإصدار %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <extracomment>Number of topics in a pack offered by a catalog</extracomment>
        <translation>
            <numerusform>%Ln موضوع</numerusform>
            <numerusform>%Ln موضوع</numerusform>
            <numerusform>%Ln موضوعان</numerusform>
            <numerusform>%Ln موضوعات</numerusform>
            <numerusform>%Ln موضوعًا</numerusform>
            <numerusform>%Ln موضوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed</source>
        <extracomment>A catalog&apos;s pack that is installed at its newest version</extracomment>
        <translation>مثبَّتة</translation>
    </message>
    <message>
        <source>Update available: version %1 → %2</source>
        <extracomment>A catalog has a newer version of an installed pack: %1 installed version, %2 new version</extracomment>
        <translation>يتوفر تحديث: الإصدار %1 ← %2</translation>
    </message>
    <message>
        <source>Not installed</source>
        <extracomment>A catalog&apos;s pack that is not installed</extracomment>
        <translation>غير مثبَّتة</translation>
    </message>
    <message>
        <source>Not signed by its publisher</source>
        <extracomment>Warning on a catalog&apos;s pack that carries no publisher signature</extracomment>
        <translation>غير موقَّعة من ناشرها</translation>
    </message>
    <message>
        <source>Download progress</source>
        <extracomment>Screen reader name of a download&apos;s progress bar</extracomment>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <extracomment>A download waiting for the ones before it</extracomment>
        <translation>في الانتظار…</translation>
    </message>
    <message>
        <source>Checking and installing…</source>
        <extracomment>A downloaded pack being checked and installed</extracomment>
        <translation>جارٍ الفحص والتثبيت…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops a pack download</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Retries a failed pack download (it continues where it stopped)</extracomment>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <source>Update (%1)</source>
        <extracomment>Button on a catalog&apos;s pack with an update; %1 the download size</extracomment>
        <translation>تحديث (%1)</translation>
    </message>
    <message>
        <source>Download (%1)</source>
        <extracomment>Button on a catalog&apos;s pack; %1 the download size</extracomment>
        <translation>تنزيل (%1)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What would you like to practise?</source>
        <extracomment>Home page heading above the list of topic categories</extracomment>
        <translation>ما الذي تريد التدرّب عليه؟</translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <extracomment>Under a category name: how many topics it has and which pack it comes from</extracomment>
        <translation>
            <numerusform>%Ln موضوع</numerusform>
            <numerusform>%Ln موضوع</numerusform>
            <numerusform>%Ln موضوعان</numerusform>
            <numerusform>%Ln موضوعات</numerusform>
            <numerusform>%Ln موضوعًا</numerusform>
            <numerusform>%Ln موضوع</numerusform>
        </translation>
    </message>
    <message>
        <source>No skill packs are installed.</source>
        <extracomment>Shown on the home page when no pack is installed</extracomment>
        <translation>لا توجد حزم مهارات مثبّتة.</translation>
    </message>
    <message>
        <source>Search skills, phrases, situations…</source>
        <extracomment>Placeholder of the search field on the home page</extracomment>
        <translation>ابحث عن مهارات أو عبارات أو مواقف…</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <extracomment>Home page heading above the topic the user read last</extracomment>
        <translation>تابع من حيث توقفت</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <extracomment>Home page heading above the bookmarked topics</extracomment>
        <translation>الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Daily refresher</source>
        <extracomment>Home page card that starts the daily refresher quiz</extracomment>
        <translation>المراجعة اليومية</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) to refresh today.</source>
        <extracomment>Under the daily refresher card: how many questions are due</extracomment>
        <translation>
            <numerusform>لا أسئلة للمراجعة اليوم (%Ln).</numerusform>
            <numerusform>سؤال واحد للمراجعة اليوم (%Ln).</numerusform>
            <numerusform>سؤالان للمراجعة اليوم (%Ln).</numerusform>
            <numerusform>%Ln أسئلة للمراجعة اليوم.</numerusform>
            <numerusform>%Ln سؤالًا للمراجعة اليوم.</numerusform>
            <numerusform>%Ln سؤال للمراجعة اليوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pack update(s) available</source>
        <extracomment>Home page card when a subscribed catalog has newer versions of installed packs</extracomment>
        <translation>
            <numerusform>لا تحديثات للحزم (%Ln)</numerusform>
            <numerusform>يتوفر تحديث لحزمة واحدة</numerusform>
            <numerusform>يتوفر تحديثان لحزمتين</numerusform>
            <numerusform>تتوفر %Ln تحديثات للحزم</numerusform>
            <numerusform>يتوفر %Ln تحديثًا للحزم</numerusform>
            <numerusform>يتوفر %Ln تحديث للحزم</numerusform>
        </translation>
    </message>
    <message>
        <source>Download size %1</source>
        <extracomment>Under the updates card: %1 the total download size</extracomment>
        <translation>حجم التنزيل %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pack(s) could not be opened</source>
        <extracomment>Home page line when pack files were refused; leads to the pack library</extracomment>
        <translation>
            <numerusform>لم تُفتح أي حزمة (%Ln)</numerusform>
            <numerusform>تعذّر فتح حزمة واحدة (%Ln)</numerusform>
            <numerusform>تعذّر فتح حزمتين (%Ln)</numerusform>
            <numerusform>تعذّر فتح %Ln حزم</numerusform>
            <numerusform>تعذّر فتح %Ln حزمة</numerusform>
            <numerusform>تعذّر فتح %Ln حزمة</numerusform>
        </translation>
    </message>
    <message>
        <source>See which ones and why in the pack library</source>
        <extracomment>Under the refused-packs line</extracomment>
        <translation>اطّلع في مكتبة الحزم على أيّها ولماذا</translation>
    </message>
    <message>
        <source>Opening your packs…</source>
        <extracomment>Home page, at start-up, while the installed packs are still being opened</extracomment>
        <translation>جارٍ فتح حزمك…</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>%1 version %2 is already installed.</source>
        <extracomment>%1 pack title, %2 its version number</extracomment>
        <translation>%1 الإصدار %2 مثبّت بالفعل.</translation>
    </message>
    <message>
        <source>This file has %1 version %2, older than the installed version %3. Older versions are not installed, so a correction cannot be undone.</source>
        <extracomment>%1 pack title, %2 the file&apos;s version, %3 the installed version</extracomment>
        <translation>هذا الملف يحوي %1 الإصدار %2، وهو أقدم من الإصدار المثبّت %3. لا تُثبَّت الإصدارات الأقدم حتى لا يُلغى تصحيح.</translation>
    </message>
    <message>
        <source>There is not enough free space to install this pack. Nothing was changed.</source>
        <translation>لا توجد مساحة فارغة كافية لتثبيت هذه الحزمة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The pack folder cannot be written (%1). Nothing was changed.</source>
        <extracomment>%1 a technical reason</extracomment>
        <translation>لا يمكن الكتابة في مجلد الحزم (%1). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Warning: this file claims to be an update of %1 but is signed by a different key (%2) than its trusted publisher (%3). It may be forged. It was not installed.</source>
        <extracomment>%1 pack title, %2 key id of the file&apos;s signer, %3 key id of the trusted publisher</extracomment>
        <translation>تحذير: يدّعي هذا الملف أنه تحديث لـ%1 لكنه موقَّع بمفتاح مختلف (%2) عن مفتاح ناشره الموثوق (%3). قد يكون مزوَّرًا. لم يُثبَّت.</translation>
    </message>
    <message>
        <source>Warning: the installed %1 is signed by its publisher, but this file is not signed. It may be forged. It was not installed.</source>
        <extracomment>%1 pack title</extracomment>
        <translation>تحذير: %1 المثبّتة موقَّعة من ناشرها، لكن هذا الملف غير موقَّع. قد يكون مزوَّرًا. لم يُثبَّت.</translation>
    </message>
    <message>
        <source>This pack is not signed, and only signed packs may be installed.</source>
        <translation>هذه الحزمة غير موقَّعة، ولا يُسمح إلا بتثبيت الحزم الموقَّعة.</translation>
    </message>
    <message>
        <source>This pack is signed by a key that is not trusted (%1).</source>
        <extracomment>%1 key id</extracomment>
        <translation>هذه الحزمة موقَّعة بمفتاح غير موثوق (%1).</translation>
    </message>
    <message>
        <source>The pack was not installed.</source>
        <translation>لم تُثبَّت الحزمة.</translation>
    </message>
    <message>
        <source>Built-in packs cannot be removed.</source>
        <translation>لا يمكن إزالة الحزم المدمجة.</translation>
    </message>
    <message>
        <source>No pack %1 is installed.</source>
        <extracomment>%1 pack id</extracomment>
        <translation>لا توجد حزمة %1 مثبّتة.</translation>
    </message>
    <message>
        <source>Another pack is being installed; try again when it is done.</source>
        <translation>تُثبَّت حزمة أخرى الآن؛ حاول مجددًا بعد انتهائها.</translation>
    </message>
</context>
<context>
    <name>KeyWarningDialog</name>
    <message>
        <source>Warning: not from the same publisher</source>
        <extracomment>Title of the warning shown when an update is signed by the wrong key</extracomment>
        <translation>تحذير: ليست من الناشر نفسه</translation>
    </message>
    <message>
        <source>Nothing was changed: the installed version stays. If the publisher really changed their key, ask them how to check the new one before you remove the old pack.</source>
        <extracomment>Under the wrong-key warning</extracomment>
        <translation>لم يتغيّر شيء: تبقى النسخة المثبّتة. إن كان الناشر قد غيّر مفتاحه فعلًا، فاسأله كيف تتحقّق من المفتاح الجديد قبل أن تزيل الحزمة القديمة.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open this web page?</source>
        <extracomment>Title of the question asked before a web link in a topic opens in the browser</extracomment>
        <translation>هل تريد فتح صفحة الويب هذه؟</translation>
    </message>
    <message>
        <source>This link leaves Maharat and opens in your web browser:</source>
        <extracomment>In the dialog before opening a link; the web address is shown below this line</extracomment>
        <translation>هذا الرابط يُخرجك من مهارة ويُفتح في متصفح الويب:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button in the link dialog that keeps the user in the app</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <extracomment>Button in the link dialog that opens the web page in the browser</extracomment>
        <translation>فتح في المتصفح</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Maharat</source>
        <extracomment>Window title: the app&apos;s name</extracomment>
        <translation>مهارة</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Accessible name of the toolbar&apos;s back button</extracomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Accessible name of the toolbar button that changes the interface language</extracomment>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>NavItems</name>
    <message>
        <source>Home</source>
        <extracomment>Navigation: the home page with categories</extracomment>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Navigation: the search page</extracomment>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Quiz</source>
        <extracomment>Navigation: quizzes and refreshers</extracomment>
        <translation>اختبار</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Navigation: the settings page</extracomment>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <source>Publisher: %1</source>
        <extracomment>Pack card: who published the pack; %1 is the publisher&apos;s name as the pack states it</extracomment>
        <translation>الناشر: %1</translation>
    </message>
    <message>
        <source>✓ Built-in pack, signed by Maharat</source>
        <extracomment>Pack card: signed with the key built into the app</extracomment>
        <translation>✓ حزمة مدمجة، موقّعة من مهارة</translation>
    </message>
    <message>
        <source>✓ Signed by the publisher&apos;s key:</source>
        <extracomment>Pack card: signed with a publisher key the user accepted; its fingerprint follows</extracomment>
        <translation>✓ موقّعة بمفتاح الناشر:</translation>
    </message>
    <message>
        <source>⚠ Unsigned: nobody vouches for this pack</source>
        <extracomment>Pack card: a pack nobody signed, in warning colour</extracomment>
        <translation>⚠ غير موقّعة: لا أحد يضمن هذه الحزمة</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3 · %4</source>
        <extracomment>Pack card details: %1 version number, %2 languages, %3 &quot;12 topics&quot;, %4 file size</extracomment>
        <translation>الإصدار %1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <extracomment>Pack card: how many topics the pack has</extracomment>
        <translation>
            <numerusform>%Ln موضوع</numerusform>
            <numerusform>%Ln موضوع</numerusform>
            <numerusform>%Ln موضوعان</numerusform>
            <numerusform>%Ln موضوعات</numerusform>
            <numerusform>%Ln موضوعًا</numerusform>
            <numerusform>%Ln موضوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed %1</source>
        <extracomment>Pack card: when the pack was installed; %1 is a date</extracomment>
        <translation>ثُبّتت في %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <extracomment>Removes an installed pack (asks first)</extracomment>
        <translation>إزالة…</translation>
    </message>
</context>
<context>
    <name>PackCommands</name>
    <message>
        <source>%1: not a minisign public key file</source>
        <extracomment>Command line; %1 a file name</extracomment>
        <translation>%1: ليس ملف مفتاح عام لـ minisign</translation>
    </message>
    <message>
        <source>%1: installed %2 version %3</source>
        <extracomment>Command line; %1 file, %2 pack id, %3 version</extracomment>
        <translation>%1: ثُبّتت %2 الإصدار %3</translation>
    </message>
</context>
<context>
    <name>PackError</name>
    <message>
        <source>The pack file %1 does not exist.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>ملف الحزمة %1 غير موجود.</translation>
    </message>
    <message>
        <source>The pack file %1 cannot be read.</source>
        <translation>لا يمكن قراءة ملف الحزمة %1.</translation>
    </message>
    <message>
        <source>The pack file is too large (%1 MB; the limit is %2 MB).</source>
        <extracomment>%1 file size in MB, %2 the limit in MB</extracomment>
        <translation>ملف الحزمة كبير جدًا (%1 ميغابايت؛ الحد الأقصى %2 ميغابايت).</translation>
    </message>
    <message>
        <source>This file is not a skill pack, or it is damaged or incomplete.</source>
        <translation>هذا الملف ليس حزمة مهارات، أو أنه تالف أو غير مكتمل.</translation>
    </message>
    <message>
        <source>This database file is not a Maharat skill pack.</source>
        <translation>ملف قاعدة البيانات هذا ليس حزمة مهارات لتطبيق مهارة.</translation>
    </message>
    <message>
        <source>This pack uses format version %1, which needs a newer version of Maharat.</source>
        <extracomment>%1 is the pack&apos;s format version number</extracomment>
        <translation>تستخدم هذه الحزمة الإصدار %1 من التنسيق، وهو يتطلب إصدارًا أحدث من مهارة.</translation>
    </message>
    <message>
        <source>This pack has an unknown format version (%1).</source>
        <translation>إصدار تنسيق هذه الحزمة غير معروف (%1).</translation>
    </message>
    <message>
        <source>This pack needs a newer version of Maharat (reader format %1).</source>
        <translation>تتطلب هذه الحزمة إصدارًا أحدث من مهارة (تنسيق القارئ %1).</translation>
    </message>
    <message>
        <source>The pack cannot be opened: %1</source>
        <extracomment>%1 is a technical message from the database</extracomment>
        <translation>لا يمكن فتح الحزمة: %1</translation>
    </message>
    <message>
        <source>The pack is damaged: %1</source>
        <translation>الحزمة تالفة: %1</translation>
    </message>
    <message>
        <source>The pack contains a trigger (%1), which packs may not have.</source>
        <extracomment>%1 is a database object name</extracomment>
        <translation>تحتوي الحزمة على مُشغِّل (%1)، وهذا غير مسموح به في الحزم.</translation>
    </message>
    <message>
        <source>The pack contains a view (%1), which packs may not have.</source>
        <translation>تحتوي الحزمة على طريقة عرض (%1)، وهذا غير مسموح به في الحزم.</translation>
    </message>
    <message>
        <source>The pack contains a virtual or full-text table (%1), which packs may not have.</source>
        <translation>تحتوي الحزمة على جدول افتراضي أو جدول بحث في النص الكامل (%1)، وهذا غير مسموح به في الحزم.</translation>
    </message>
    <message>
        <source>The pack contains an unexpected database object (%1).</source>
        <translation>تحتوي الحزمة على كائن غير متوقع في قاعدة البيانات (%1).</translation>
    </message>
    <message>
        <source>The pack is missing the table %1.</source>
        <translation>الجدول %1 مفقود من الحزمة.</translation>
    </message>
    <message>
        <source>The pack&apos;s table %1 does not have the expected layout.</source>
        <translation>بنية الجدول %1 في الحزمة ليست البنية المتوقعة.</translation>
    </message>
    <message>
        <source>The pack&apos;s manifest has no %1.</source>
        <extracomment>%1 is a manifest field name such as &quot;id&quot;</extracomment>
        <translation>لا يحتوي بيان الحزمة على الحقل %1.</translation>
    </message>
    <message>
        <source>The pack&apos;s manifest has an invalid %1: &quot;%2&quot;.</source>
        <extracomment>%1 field name, %2 its value</extracomment>
        <translation>قيمة الحقل %1 في بيان الحزمة غير صالحة: «%2».</translation>
    </message>
    <message>
        <source>The pack uses an unsupported language code &quot;%1&quot;.</source>
        <translation>تستخدم الحزمة رمز لغة غير مدعوم: «%1».</translation>
    </message>
    <message>
        <source>The item %1 has no text in language %2.</source>
        <extracomment>%1 an item id, %2 a language code</extracomment>
        <translation>العنصر %1 ليس له نص باللغة %2.</translation>
    </message>
    <message>
        <source>The pack has an invalid id in %1: &quot;%2&quot;.</source>
        <extracomment>%1 a table name, %2 the bad id</extracomment>
        <translation>تحتوي الحزمة على معرّف غير صالح في %1: «%2».</translation>
    </message>
    <message>
        <source>The pack uses the id %1 twice.</source>
        <translation>تستخدم الحزمة المعرّف %1 مرتين.</translation>
    </message>
    <message>
        <source>The pack has text that is not valid UTF-8 in %1 (%2).</source>
        <extracomment>%1 table name, %2 item id</extracomment>
        <translation>تحتوي الحزمة على نص بترميز UTF-8 غير صالح في %1 (%2).</translation>
    </message>
    <message>
        <source>The pack has text with forbidden control characters in %1 (%2).</source>
        <translation>تحتوي الحزمة على نص فيه محارف تحكّم محظورة في %1 (%2).</translation>
    </message>
    <message>
        <source>The %1 of %2 is longer than %3 characters.</source>
        <extracomment>%1 field, %2 item id, %3 the character limit</extracomment>
        <translation>يتجاوز الحقل %1 في %2 الحد الأقصى لعدد الأحرف (%3).</translation>
    </message>
    <message>
        <source>The question %1 is malformed (%2).</source>
        <extracomment>%1 question id, %2 what is wrong in English technical terms</extracomment>
        <translation>بنية السؤال %1 غير سليمة (%2).</translation>
    </message>
    <message>
        <source>The question %1 must have exactly one correct answer, but has %2.</source>
        <extracomment>%1 question id, %2 the number of answers marked correct</extracomment>
        <translation>يجب أن تكون للسؤال %1 إجابة صحيحة واحدة فقط، لكن عدد الإجابات الصحيحة فيه %2.</translation>
    </message>
    <message>
        <source>The media %1 has a type that is not allowed (%2).</source>
        <extracomment>%1 media id, %2 a mime type</extracomment>
        <translation>ملف الوسائط %1 من نوع غير مسموح به (%2).</translation>
    </message>
    <message>
        <source>The media %1 is too large (%2 bytes; the limit is %3).</source>
        <extracomment>%1 media id, %2 size in bytes, %3 limit in bytes</extracomment>
        <translation>ملف الوسائط %1 كبير جدًا (%2 بايت؛ الحد الأقصى %3).</translation>
    </message>
    <message>
        <source>The media %1 does not match its checksum: it was altered or damaged.</source>
        <translation>ملف الوسائط %1 لا يطابق مجموعه الاختباري: فقد عُدِّل أو تلف.</translation>
    </message>
    <message>
        <source>The media %1 is not a valid audio clip.</source>
        <translation>ملف الوسائط %1 ليس مقطعًا صوتيًا صالحًا.</translation>
    </message>
    <message>
        <source>The media %1 is not used by any item.</source>
        <translation>ملف الوسائط %1 غير مستخدم في أي عنصر.</translation>
    </message>
    <message>
        <source>The item %1 refers to %2, which does not exist.</source>
        <extracomment>%1 the referring item, %2 the missing target id</extracomment>
        <translation>يشير العنصر %1 إلى %2، وهو غير موجود.</translation>
    </message>
    <message>
        <source>The pack&apos;s table %1 has more than %2 rows.</source>
        <extracomment>%1 table name, %2 the row limit</extracomment>
        <translation>يتجاوز عدد الصفوف في الجدول %1 من الحزمة الحد الأقصى (%2).</translation>
    </message>
    <message>
        <source>The pack could not be read: %1</source>
        <translation>تعذّرت قراءة الحزمة: %1</translation>
    </message>
    <message>
        <source>The pack&apos;s publisher signature is damaged or not in a known format.</source>
        <translation>توقيع الناشر في هذه الحزمة تالف أو بتنسيق غير معروف.</translation>
    </message>
    <message>
        <source>The pack&apos;s publisher signature does not match its content: the pack was changed after it was signed, or it is damaged.</source>
        <translation>توقيع الناشر في هذه الحزمة لا يطابق محتواها: فقد عُدِّلت الحزمة بعد توقيعها، أو أنها تالفة.</translation>
    </message>
    <message>
        <source>The pack is signed by the key %1, not by the required key %2.</source>
        <extracomment>%1 and %2 are key fingerprints, groups of four digits</extracomment>
        <translation>هذه الحزمة موقّعة بالمفتاح %1، لا بالمفتاح المطلوب %2.</translation>
    </message>
    <message>
        <source>The %1 of %2 contains HTML (%3); pack text is plain text.</source>
        <extracomment>%1 field name (title, body…), %2 item id, %3 the start of the tag as written</extracomment>
        <translation>يحتوي الحقل %1 في %2 على HTML ‏(%3)؛ يجب أن يكون نص الحزمة نصًا عاديًا.</translation>
    </message>
    <message>
        <source>The %1 of %2 contains an image; pack text may not show images.</source>
        <extracomment>%1 field name, %2 item id</extracomment>
        <translation>يحتوي الحقل %1 في %2 على صورة؛ لا يجوز أن يعرض نص الحزمة صورًا.</translation>
    </message>
    <message>
        <source>The %1 of %2 links to &quot;%3&quot;; links must be http or https web addresses.</source>
        <extracomment>%1 field name, %2 item id, %3 the link target as written</extracomment>
        <translation>يرتبط الحقل %1 في %2 بـ«%3»؛ يجب أن تكون الروابط عناوين ويب http أو https.</translation>
    </message>
    <message>
        <source>The %1 of %2 contains a text direction override (%3), which can make text read as something else.</source>
        <extracomment>%1 field name, %2 item id, %3 a character code such as U+202E</extracomment>
        <translation>يحتوي الحقل %1 في %2 على محرف لتجاوز اتجاه النص (%3)، وقد يجعل النص يُقرأ على غير حقيقته.</translation>
    </message>
    <message>
        <source>The %1 of %2 contains an invisible character (%3) that pack text may not use.</source>
        <extracomment>%1 field name, %2 item id, %3 a character code such as U+200B</extracomment>
        <translation>يحتوي الحقل %1 في %2 على محرف غير مرئي (%3) لا يجوز استخدامه في نص الحزمة.</translation>
    </message>
    <message>
        <source>The %1 of %2 has a direction isolate that is not closed on the same line.</source>
        <extracomment>%1 field name, %2 item id; isolates are the Unicode characters U+2066–U+2069</extracomment>
        <translation>يحتوي الحقل %1 في %2 على محرف عزل اتجاه لا يُغلق في السطر نفسه.</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Pack library</source>
        <extracomment>Title of the pack library page</extracomment>
        <translation>مكتبة الحزم</translation>
    </message>
    <message>
        <source>“%1” was installed.</source>
        <extracomment>After an import; %1 is the pack&apos;s title</extracomment>
        <translation>تم تثبيت «%1».</translation>
    </message>
    <message>
        <source>The pack was removed. Your progress in it is kept if you install it again.</source>
        <extracomment>After a pack was removed from the library</extracomment>
        <translation>أُزيلت الحزمة. يبقى تقدّمك فيها محفوظًا إن ثبّتّها مرة أخرى.</translation>
    </message>
    <message>
        <source>A pack is a .skillpack file your manager shares by e-mail, a messaging app, a USB stick or the intranet.</source>
        <extracomment>Explains the import button on the pack library page</extracomment>
        <translation>الحزمة ملف بامتداد skillpack يشاركه مديرك عبر البريد الإلكتروني أو تطبيق مراسلة أو ذاكرة USB أو الشبكة الداخلية.</translation>
    </message>
    <message>
        <source>Import a pack…</source>
        <extracomment>Opens a file picker to install a pack file</extracomment>
        <translation>استيراد حزمة…</translation>
    </message>
    <message>
        <source>or drop the file onto this window</source>
        <extracomment>Next to the import button on desktop</extracomment>
        <translation>أو أفلت الملف على هذه النافذة</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <extracomment>Import progress while the trust question is open</extracomment>
        <translation>بانتظار إجابتك…</translation>
    </message>
    <message>
        <source>Installed packs (%1)</source>
        <extracomment>Heading above the installed packs; %1 is how many</extracomment>
        <translation>الحزم المثبّتة (%1)</translation>
    </message>
    <message>
        <source>No skill packs are installed.</source>
        <extracomment>The pack library when nothing is installed</extracomment>
        <translation>لا توجد حزم مهارات مثبّتة.</translation>
    </message>
    <message>
        <source>Files that could not be opened (%1)</source>
        <extracomment>Heading above the files that were refused; %1 is how many</extracomment>
        <translation>ملفات تعذّر فتحها (%1)</translation>
    </message>
    <message>
        <source>Choose a skill pack</source>
        <extracomment>Title of the file picker that chooses a pack to install</extracomment>
        <translation>اختر حزمة مهارات</translation>
    </message>
    <message>
        <source>Skill packs (*.skillpack)</source>
        <extracomment>File type filter in the file picker</extracomment>
        <translation>حزم المهارات (*.skillpack)</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <extracomment>Title of the confirmation before removing a pack; %1 is its title</extracomment>
        <translation>إزالة «%1»؟</translation>
    </message>
    <message>
        <source>Its topics disappear from this device. Your answers and bookmarks are kept and come back if you install the pack again.</source>
        <extracomment>Confirmation text before removing a pack</extracomment>
        <translation>ستختفي موضوعاتها من هذا الجهاز. تبقى إجاباتك وإشاراتك المرجعية محفوظة وتعود إن ثبّتّ الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Confirms removing a pack</extracomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Keep it</source>
        <extracomment>Keeps the pack</extracomment>
        <translation>أبقِها</translation>
    </message>
    <message>
        <source>Packs in your catalogs</source>
        <extracomment>Library page: opens the page that lists every pack the subscribed catalogs offer</extracomment>
        <translation>الحزم في كتالوجاتك</translation>
    </message>
</context>
<context>
    <name>PhrasingLine</name>
    <message>
        <source>Say this</source>
        <extracomment>Screen reader label of the ✓ mark before a good phrasing line</extracomment>
        <translation>قل هذا</translation>
    </message>
    <message>
        <source>Don&apos;t say this</source>
        <extracomment>Screen reader label of the ✗ mark before a bad phrasing line</extracomment>
        <translation>لا تقل هذا</translation>
    </message>
</context>
<context>
    <name>PlayButton</name>
    <message>
        <source>Pause: %1</source>
        <extracomment>Screen reader name of the button pausing a clip; %1 is the line being played</extracomment>
        <translation>إيقاف مؤقت: %1</translation>
    </message>
    <message>
        <source>Play: %1</source>
        <extracomment>Screen reader name of the button playing a clip; %1 is the line it plays</extracomment>
        <translation>تشغيل: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Your progress was saved by a newer version of Maharat. Update the app to use it; nothing was changed.</source>
        <translation>حُفظ تقدّمك بإصدار أحدث من مهارة. حدّث التطبيق لاستخدامه؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Your progress could not be updated to this version of Maharat. Nothing was lost: a copy is kept at %1.</source>
        <extracomment>%1 is the path of a backup copy of the user&apos;s data</extracomment>
        <translation>تعذّر تحديث بيانات تقدّمك لتلائم هذا الإصدار من مهارة. لم يُفقد شيء: احتُفظ بنسخة منها في %1.</translation>
    </message>
    <message>
        <source>Your progress cannot be opened, so answers and bookmarks are not being saved. Check that this device has free space, then try again.</source>
        <extracomment>Shown when the file with the user&apos;s progress cannot be opened at all</extracomment>
        <translation>تعذّر فتح تقدّمك، لذا لا تُحفظ الإجابات والإشارات المرجعية. تأكّد من وجود مساحة فارغة على هذا الجهاز، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your progress file cannot be written to, so answers and bookmarks are not being saved. Check the permissions of Maharat&apos;s data folder.</source>
        <translation>لا يمكن الكتابة في ملف تقدّمك، لذا لا تُحفظ الإجابات والإشارات المرجعية. تحقّق من أذونات مجلد بيانات مهارات.</translation>
    </message>
    <message>
        <source>The file where Maharat keeps your progress was made by another program, so Maharat has not touched it. Move it somewhere else to start a new progress file.</source>
        <extracomment>The file named progress.db in Maharat&apos;s data folder was made by some other program</extracomment>
        <translation>الملف الذي يحفظ فيه مهارات تقدّمك أنشأه برنامج آخر، لذا لم يمسّه مهارات. انقله إلى مكان آخر لبدء ملف تقدّم جديد.</translation>
    </message>
    <message>
        <source>Your progress file carries a version number that no version of Maharat writes, so it is not being used. Nothing was changed.</source>
        <translation>يحمل ملف تقدّمك رقم إصدار لا يكتبه أي إصدار من مهارات، لذا لا يُستخدم. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Your progress file is damaged, so Maharat is not using it. It was not changed.</source>
        <translation>ملف تقدّمك تالف، لذا لا يستخدمه مهارات. لم يتغيّر الملف.</translation>
    </message>
    <message>
        <source>There is not enough free space to update your progress safely. Free some space on this device and start Maharat again; nothing was changed.</source>
        <translation>لا توجد مساحة فارغة كافية لتحديث تقدّمك بأمان. أفرغ بعض المساحة على هذا الجهاز وشغّل مهارات من جديد؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Maharat could not make a safety copy of your progress, so it did not update it. Nothing was changed.</source>
        <translation>تعذّر على مهارات إنشاء نسخة احتياطية من تقدّمك، لذا لم يحدّثه. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Your progress could not be updated to this version of Maharat. Nothing was changed.</source>
        <translation>تعذّر تحديث تقدّمك لهذا الإصدار من مهارات. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Another Maharat window is busy with your progress. Close it and try again.</source>
        <translation>نافذة أخرى من مهارات تعمل على تقدّمك الآن. أغلقها وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>Daily refresher</source>
        <extracomment>Title of the quiz made of the questions due today</extracomment>
        <translation>المراجعة اليومية</translation>
    </message>
    <message>
        <source>True</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) could not be saved yet. This device may be full. Maharat keeps trying while it stays open.</source>
        <extracomment>Under &quot;Your answers are not being saved&quot;; %Ln is how many answers are waiting</extracomment>
        <translation>
            <numerusform>لم تُحفظ أي إجابة بعد (%Ln). ربما امتلأت ذاكرة هذا الجهاز. يواصل مهارات المحاولة ما دام مفتوحًا.</numerusform>
            <numerusform>لم تُحفظ إجابة واحدة بعد (%Ln). ربما امتلأت ذاكرة هذا الجهاز. يواصل مهارات المحاولة ما دام مفتوحًا.</numerusform>
            <numerusform>لم تُحفظ إجابتان بعد (%Ln). ربما امتلأت ذاكرة هذا الجهاز. يواصل مهارات المحاولة ما دام مفتوحًا.</numerusform>
            <numerusform>لم تُحفظ %Ln إجابات بعد. ربما امتلأت ذاكرة هذا الجهاز. يواصل مهارات المحاولة ما دام مفتوحًا.</numerusform>
            <numerusform>لم تُحفظ %Ln إجابةً بعد. ربما امتلأت ذاكرة هذا الجهاز. يواصل مهارات المحاولة ما دام مفتوحًا.</numerusform>
            <numerusform>لم تُحفظ %Ln إجابة بعد. ربما امتلأت ذاكرة هذا الجهاز. يواصل مهارات المحاولة ما دام مفتوحًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Quiz</source>
        <extracomment>Title of the quiz page</extracomment>
        <translation>اختبار</translation>
    </message>
    <message>
        <source>Daily refresher</source>
        <extracomment>Quiz page heading: the daily spaced-repetition quiz</extracomment>
        <translation>المراجعة اليومية</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) to refresh today.</source>
        <extracomment>How many questions the spaced-repetition schedule brings back today</extracomment>
        <translation>
            <numerusform>لا أسئلة للمراجعة اليوم (%Ln).</numerusform>
            <numerusform>سؤال واحد للمراجعة اليوم (%Ln).</numerusform>
            <numerusform>سؤالان للمراجعة اليوم (%Ln).</numerusform>
            <numerusform>%Ln أسئلة للمراجعة اليوم.</numerusform>
            <numerusform>%Ln سؤالًا للمراجعة اليوم.</numerusform>
            <numerusform>%Ln سؤال للمراجعة اليوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due right now. Answer a quiz below, and its questions come back here when it is time to refresh them.</source>
        <extracomment>Shown when no question is due for review</extracomment>
        <translation>لا شيء للمراجعة الآن. أجب عن أحد الاختبارات أدناه، وستعود أسئلته إلى هنا عندما يحين وقت مراجعتها.</translation>
    </message>
    <message>
        <source>Start the refresher</source>
        <extracomment>Starts the daily refresher quiz</extracomment>
        <translation>ابدأ المراجعة</translation>
    </message>
    <message>
        <source>Quiz yourself on a category</source>
        <extracomment>Quiz page heading above the list of categories to be quizzed on</extracomment>
        <translation>اختبر نفسك في فئة</translation>
    </message>
    <message>
        <source>About 2 minutes</source>
        <extracomment>Under a category in the quiz list: about how long the quiz takes</extracomment>
        <translation>نحو دقيقتين</translation>
    </message>
    <message>
        <source>Your progress</source>
        <extracomment>Quiz page heading above the user&apos;s statistics</extracomment>
        <translation>تقدّمك</translation>
    </message>
    <message numerus="yes">
        <source>Answered today: %1 · Streak: %Ln day(s)</source>
        <extracomment>Statistics line: answers given today and the number of consecutive days with answers</extracomment>
        <translation>
            <numerusform>إجابات اليوم: %1 · أيام متتالية: %Ln</numerusform>
            <numerusform>إجابات اليوم: %1 · أيام متتالية: يوم واحد (%Ln)</numerusform>
            <numerusform>إجابات اليوم: %1 · أيام متتالية: يومان (%Ln)</numerusform>
            <numerusform>إجابات اليوم: %1 · أيام متتالية: %Ln أيام</numerusform>
            <numerusform>إجابات اليوم: %1 · أيام متتالية: %Ln يومًا</numerusform>
            <numerusform>إجابات اليوم: %1 · أيام متتالية: %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Last quiz: %1</source>
        <extracomment>Statistics line: the date of the latest answer</extracomment>
        <translation>آخر اختبار: %1</translation>
    </message>
    <message>
        <source>Answers per day over the last 30 days</source>
        <extracomment>Screen reader description of the 30-day activity chart</extracomment>
        <translation>عدد الإجابات يوميًا خلال آخر ٣٠ يومًا</translation>
    </message>
    <message>
        <source>Export results (CSV)</source>
        <extracomment>Exports quiz results as a CSV spreadsheet file</extracomment>
        <translation>تصدير النتائج (CSV)</translation>
    </message>
    <message>
        <source>Export (JSON)</source>
        <extracomment>Exports quiz results as a JSON file</extracomment>
        <translation>تصدير (JSON)</translation>
    </message>
    <message>
        <source>Save your results</source>
        <extracomment>Title of the dialog that asks where to save the exported results</extracomment>
        <translation>حفظ نتائجك</translation>
    </message>
    <message>
        <source>Saved. You can send the file to your manager.</source>
        <extracomment>Shown after the results were exported</extracomment>
        <translation>تم الحفظ. يمكنك إرسال الملف إلى مديرك.</translation>
    </message>
</context>
<context>
    <name>QuizSessionPage</name>
    <message>
        <source>There are no questions to ask right now.</source>
        <extracomment>Shown when a quiz has no questions to ask</extracomment>
        <translation>لا توجد أسئلة الآن.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <extracomment>Progress through a quiz, e.g. &quot;Question 2 of 5&quot;</extracomment>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Listen to both replies, then choose the better one.</source>
        <extracomment>Hint in listen-only mode: the replies are hidden and must be judged by ear</extracomment>
        <translation>استمع إلى الردّين، ثم اختر الأفضل.</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <extracomment>Label of a reply in listen-only mode, e.g. &quot;Reply 1&quot;</extracomment>
        <translation>الرد %1</translation>
    </message>
    <message>
        <source>Right!</source>
        <extracomment>Feedback after a right answer</extracomment>
        <translation>إجابة صحيحة!</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <extracomment>Feedback after a wrong answer</extracomment>
        <translation>ليس تمامًا.</translation>
    </message>
    <message>
        <source>the better reply</source>
        <extracomment>Screen reader text of the button that plays the better reply after a phrasing question</extracomment>
        <translation>الرد الأفضل</translation>
    </message>
    <message>
        <source>Listen to the better reply</source>
        <extracomment>Next to the play button after a phrasing question</extracomment>
        <translation>استمع إلى الرد الأفضل</translation>
    </message>
    <message>
        <source>Next question</source>
        <extracomment>Button after answering: go to the next question</extracomment>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>See my results</source>
        <extracomment>Button after the last answer: show the quiz summary</extracomment>
        <translation>عرض نتيجتي</translation>
    </message>
    <message>
        <source>You got %1 of %2 right</source>
        <extracomment>Quiz summary: %1 right answers out of %2 questions</extracomment>
        <translation>أجبت إجابة صحيحة عن %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>Time: %Ln second(s)</source>
        <extracomment>Quiz summary: how long it took, in seconds</extracomment>
        <translation>
            <numerusform>الوقت: %Ln ثانية</numerusform>
            <numerusform>الوقت: ثانية واحدة (%Ln)</numerusform>
            <numerusform>الوقت: ثانيتان (%Ln)</numerusform>
            <numerusform>الوقت: %Ln ثوانٍ</numerusform>
            <numerusform>الوقت: %Ln ثانية</numerusform>
            <numerusform>الوقت: %Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth another look</source>
        <extracomment>Quiz summary heading above the topics the user got wrong</extracomment>
        <translation>تستحق نظرة أخرى</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Ends the quiz summary</extracomment>
        <translation>تم</translation>
    </message>
    <message>
        <source>Your answers are not being saved</source>
        <extracomment>Banner on the quiz screen while answers cannot be recorded</extracomment>
        <translation>إجاباتك لا تُحفظ</translation>
    </message>
</context>
<context>
    <name>ResultsExport</name>
    <message>
        <source>Your results could not be saved to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>تعذّر حفظ نتائجك في %1: %2</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>matched in %1</source>
        <extracomment>Under a search result found through another language; %1 is that language&apos;s own name</extracomment>
        <translation>مطابقة في النص %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <extracomment>Title of the search page</extracomment>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search skills, phrases, situations…</source>
        <extracomment>Placeholder of the search field</extracomment>
        <translation>ابحث عن مهارات أو عبارات أو مواقف…</translation>
    </message>
    <message>
        <source>Showing results for %1</source>
        <extracomment>Shown when a query found nothing and a corrected spelling was searched instead</extracomment>
        <translation>نتائج البحث عن %1</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or different words.</source>
        <extracomment>Shown when a search finds nothing</extracomment>
        <translation>لم يُعثر على شيء. جرّب كلمات أقل أو مختلفة.</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <extracomment>Search page heading above the user&apos;s recent searches</extracomment>
        <translation>عمليات البحث الأخيرة</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <extracomment>Offered above results for what was typed when a word is in neither the topics nor the dictionary; %1 is the query with that word respelt, a link that searches for it</extracomment>
        <translation>هل تقصد %1؟</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>Title of the settings page</extracomment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Settings heading: the interface language</extracomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Same as the device</source>
        <extracomment>Language option that follows the device&apos;s language
----------
Theme option: follow the device</extracomment>
        <translation>مطابق للجهاز</translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <extracomment>Settings heading: size of the text; %1 is a percentage such as 120%</extracomment>
        <translation>حجم النص: %1</translation>
    </message>
    <message>
        <source>Text size</source>
        <extracomment>Screen reader name of the text size slider</extracomment>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>The quick reply is the kind one.</source>
        <extracomment>Sample text under the text size slider</extracomment>
        <translation>الرد السريع هو الرد اللطيف.</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Settings heading: light or dark colours</extracomment>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Theme option: light colours</extracomment>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Theme option: dark colours</extracomment>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <extracomment>Settings heading: how fast audio clips play</extracomment>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>A playback speed such as 1.25×; %1 is the number</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Digits</source>
        <extracomment>Settings heading: which digits numbers are shown with</extracomment>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Always use Latin digits (0–9)</source>
        <extracomment>Switch that shows 0-9 instead of Persian or Arabic digits</extracomment>
        <translation>استخدام الأرقام اللاتينية (0–9) دائمًا</translation>
    </message>
    <message>
        <source>Example: topic %1 of %2</source>
        <extracomment>Example of numbers under the digits switch; %1 and %2 are numbers</extracomment>
        <translation>مثال: الموضوع %1 من %2</translation>
    </message>
    <message>
        <source>About Maharat</source>
        <extracomment>Link from the settings page to the About page</extracomment>
        <translation>حول مهارة</translation>
    </message>
    <message>
        <source>Version, content packs and their sources, licences</source>
        <extracomment>Under the About link</extracomment>
        <translation>الإصدار، وحزم المحتوى ومصادرها، والتراخيص</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <extracomment>Settings heading: quiz options</extracomment>
        <translation>الاختبارات</translation>
    </message>
    <message>
        <source>Listen only: hide the text of replies in phrasing questions</source>
        <extracomment>Switch that hides the text of phrasing questions so they are judged by ear</extracomment>
        <translation>الاستماع فقط: إخفاء نص الردود في أسئلة «أيّ العبارتين أفضل»</translation>
    </message>
    <message>
        <source>Questions come back when your chance of remembering falls to %1</source>
        <extracomment>Label of the slider for how well questions should be remembered; %1 is a percentage</extracomment>
        <translation>يعود السؤال عندما تنخفض فرصة تذكّره إلى %1</translation>
    </message>
    <message>
        <source>Target retention</source>
        <extracomment>Screen reader name of the target retention slider</extracomment>
        <translation>نسبة التذكّر المستهدفة</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <extracomment>Link from the settings page to the catalogs page</extracomment>
        <translation>الفهارس</translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s) available</source>
        <extracomment>Under the Catalogs link when updates are waiting</extracomment>
        <translation>
            <numerusform>لا تحديثات (%Ln)</numerusform>
            <numerusform>تحديث واحد متوفر</numerusform>
            <numerusform>تحديثان متوفران</numerusform>
            <numerusform>%Ln تحديثات متوفرة</numerusform>
            <numerusform>%Ln تحديثًا متوفرًا</numerusform>
            <numerusform>%Ln تحديث متوفر</numerusform>
        </translation>
    </message>
    <message>
        <source>Get packs and updates from your organisation</source>
        <extracomment>Under the Catalogs link</extracomment>
        <translation>احصل على الحزم وتحديثاتها من مؤسستك</translation>
    </message>
    <message>
        <source>Skill packs</source>
        <extracomment>Settings heading: skill packs</extracomment>
        <translation>حزم المهارات</translation>
    </message>
    <message>
        <source>Pack library</source>
        <extracomment>Link from the settings page to the pack library</extracomment>
        <translation>مكتبة الحزم</translation>
    </message>
    <message>
        <source>Installed packs, importing a pack file, removing packs</source>
        <extracomment>Under the pack library link</extracomment>
        <translation>الحزم المثبّتة، واستيراد ملف حزمة، وإزالة الحزم</translation>
    </message>
    <message>
        <source>Only signed packs: refuse unsigned pack files</source>
        <extracomment>Switch for managed devices: refuse packs nobody signed</extracomment>
        <translation>الحزم الموقّعة فقط: رفض ملفات الحزم غير الموقّعة</translation>
    </message>
</context>
<context>
    <name>ShareLink</name>
    <message>
        <source>The address is too long.</source>
        <translation>العنوان طويل جدًا.</translation>
    </message>
    <message>
        <source>This is not a valid catalog address.</source>
        <translation>هذا ليس عنوان فهرس صالحًا.</translation>
    </message>
    <message>
        <source>Catalog addresses must start with https://, http:// or file://.</source>
        <translation>يجب أن يبدأ عنوان الفهرس بـ https:// أو http:// أو file://.</translation>
    </message>
    <message>
        <source>Catalog addresses may not contain a user name or password.</source>
        <translation>لا يجوز أن يحتوي عنوان الفهرس على اسم مستخدم أو كلمة مرور.</translation>
    </message>
    <message>
        <source>The key in this link is damaged; ask the publisher for the link again.</source>
        <translation>المفتاح في هذا الرابط تالف؛ اطلب الرابط من الناشر مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SkillContent</name>
    <message>
        <source>Say it better</source>
        <extracomment>Heading above the cards with what to say and what not to say</extracomment>
        <translation>قلها بشكل أفضل</translation>
    </message>
</context>
<context>
    <name>SkillView</name>
    <message>
        <source>Topic %1 of %2</source>
        <extracomment>Above a skill&apos;s title: its position in the category, e.g. &quot;Topic 3 of 25&quot;</extracomment>
        <translation>الموضوع %1 من %2</translation>
    </message>
    <message>
        <source>Bookmark this topic</source>
        <extracomment>Screen reader name of the bookmark button on a skill page</extracomment>
        <translation>إضافة هذا الموضوع إلى الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Show in another language</source>
        <extracomment>Button that shows the same topic in a second language</extracomment>
        <translation>عرض بلغة أخرى</translation>
    </message>
    <message>
        <source>One language only</source>
        <extracomment>Menu item that hides the second language</extracomment>
        <translation>لغة واحدة فقط</translation>
    </message>
    <message>
        <source>Previous</source>
        <extracomment>Button to the previous topic in the same category</extracomment>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button to the next topic in the same category</extracomment>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Quiz me on this topic</source>
        <extracomment>Button on a skill page that starts a short quiz on that topic</extracomment>
        <translation>اختبرني في هذا الموضوع</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>This pack is not signed</source>
        <extracomment>Title of the warning before installing an unsigned pack</extracomment>
        <translation>هذه الحزمة غير موقّعة</translation>
    </message>
    <message>
        <source>A new publisher</source>
        <extracomment>Title of the question before trusting a new publisher&apos;s key</extracomment>
        <translation>ناشر جديد</translation>
    </message>
    <message>
        <source>Nobody vouches for “%1”: without a signature, anyone could have made or changed this file. Install it only if you know where it came from, for example your manager handed it to you.</source>
        <extracomment>Unsigned pack warning; %1 is the pack&apos;s title as the file states it</extracomment>
        <translation>لا أحد يضمن «%1»: من دون توقيع، ربما صنع أيّ شخص هذا الملف أو غيّره. لا تثبّتها إلا إذا كنت تعرف مصدرها، كأن يكون مديرك قد سلّمك إياها بنفسه.</translation>
    </message>
    <message>
        <source>“%1” is signed by a publisher key this device has not seen before.</source>
        <extracomment>Unknown key question; %1 is the pack&apos;s title</extracomment>
        <translation>«%1» موقّعة بمفتاح ناشر لم يره هذا الجهاز من قبل.</translation>
    </message>
    <message>
        <source>Publisher (as the pack says): %1</source>
        <extracomment>Trust prompt: the publisher&apos;s name as the pack states it; %1 the name</extracomment>
        <translation>الناشر (كما تذكر الحزمة): %1</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <extracomment>Trust prompt: above the key fingerprint</extracomment>
        <translation>بصمة المفتاح:</translation>
    </message>
    <message>
        <source>Ask the publisher to read their fingerprint to you, on the phone or in person, and compare it group by group. Accept only if every group is the same: later updates of this pack must then come with the same key.</source>
        <extracomment>Trust prompt: how to check the fingerprint</extracomment>
        <translation>اطلب من الناشر أن يقرأ لك بصمة مفتاحه، بالهاتف أو وجهًا لوجه، وقارنها مجموعةً مجموعة. لا تقبل إلا إذا تطابقت المجموعات كلها؛ وبعدها يجب أن تأتي تحديثات هذه الحزمة بالمفتاح نفسه.</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <extracomment>Installs an unsigned pack after the warning</extracomment>
        <translation>ثبّتها على أي حال</translation>
    </message>
    <message>
        <source>Trust and install</source>
        <extracomment>Trusts the new publisher&apos;s key and installs the pack</extracomment>
        <translation>ثق بها وثبّتها</translation>
    </message>
    <message>
        <source>Don&apos;t install</source>
        <extracomment>Does not install the pack</extracomment>
        <translation>لا تثبّتها</translation>
    </message>
</context>
<context>
    <name>maharat::PackLibrary</name>
    <message>
        <source>Removing…</source>
        <extracomment>Progress text while a pack is being removed</extracomment>
        <translation>جارٍ الإزالة…</translation>
    </message>
    <message>
        <source>Copying the file…</source>
        <extracomment>Import progress: the file is being copied into the app&apos;s folder</extracomment>
        <translation>جارٍ نسخ الملف…</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <extracomment>Import progress: every part of the pack is being checked</extracomment>
        <translation>جارٍ فحص الحزمة…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <extracomment>Import progress: the checked pack is being put in place</extracomment>
        <translation>جارٍ التثبيت…</translation>
    </message>
</context>
</TS>
