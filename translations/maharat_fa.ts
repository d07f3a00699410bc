<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AboutPage</name>
    <message>
        <source>About</source>
        <extracomment>Title of the About page</extracomment>
        <translation>درباره</translation>
    </message>
    <message>
        <source>Maharat</source>
        <extracomment>App name on the About page</extracomment>
        <translation>مهارت</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>نسخه‌ی %1</translation>
    </message>
    <message>
        <source>Customer-service skills for front-line staff, offline, in Persian, Arabic and English.</source>
        <extracomment>Short description of the app on the About page</extracomment>
        <translation>مهارت‌های خدمات مشتری برای کارکنان خط مقدم، بدون نیاز به اینترنت، به فارسی، عربی و انگلیسی.</translation>
    </message>
    <message>
        <source>The audio clips of the bundled packs are read by synthetic voices (eSpeak NG), not by people. A manager can replace any clip with a recording.</source>
        <extracomment>Note that the bundled audio is computer-generated</extracomment>
        <translation>فایل‌های صوتی بسته‌های همراه برنامه با صدای مصنوعی (eSpeak NG) خوانده شده‌اند، نه با صدای انسان. مدیر می‌تواند هر کدام را با صدای ضبط‌شده جایگزین کند.</translation>
    </message>
    <message>
        <source>Content packs</source>
        <extracomment>About page heading above the installed content packs</extracomment>
        <translation>بسته‌های محتوا</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <extracomment>Pack details: %1 version number, %2 publisher, %3 licence</extracomment>
        <translation>نسخه‌ی %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Based on:</source>
        <extracomment>Heading above a pack&apos;s sources</extracomment>
        <translation>بر پایه‌ی:</translation>
    </message>
    <message>
        <source>Fonts</source>
        <extracomment>About page heading above font licences</extracomment>
        <translation>قلم‌ها</translation>
    </message>
    <message>
        <source>Vazirmatn by Saber Rastikerdar, and Noto Sans and Noto Sans Arabic by Google, all under the SIL Open Font License 1.1.</source>
        <extracomment>Font credits on the About page</extracomment>
        <translation>قلم وزیرمتن اثر صابر راستی‌کردار و قلم‌های Noto Sans و Noto Sans Arabic از گوگل، همه با مجوز SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>Hide the licence text</source>
        <extracomment>Button that shows the full font licence text</extracomment>
        <translation>پنهان کردن متن مجوز</translation>
    </message>
    <message>
        <source>Show the licence text</source>
        <translation>نمایش متن مجوز</translation>
    </message>
</context>
<context>
    <name>AddCatalogDialog</name>
    <message>
        <source>Add a catalog</source>
        <extracomment>Title of the dialog that subscribes to a catalog</extracomment>
        <translation>افزودن کاتالوگ</translation>
    </message>
    <message>
        <source>Paste the link your organisation shared (a web address, or file:// for a USB stick or shared folder).</source>
        <extracomment>Explains what to paste into the Add a catalog field</extracomment>
        <translation>پیوندی را که سازمانتان فرستاده بچسبانید (یک نشانی وب، یا file:// برای فلش یا پوشهٔ اشتراکی).</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Confirms adding the catalog</extracomment>
        <translation>افزودن</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>This clip cannot be played.</source>
        <extracomment>Shown when a phrasing clip cannot be played</extracomment>
        <translation>این فایل صوتی پخش نمی‌شود.</translation>
    </message>
    <message>
        <source>This clip cannot be loaded from its pack.</source>
        <extracomment>Shown when a clip&apos;s data could not be read from its pack</extracomment>
        <translation>خواندن این فایل صوتی از بسته‌اش ممکن نیست.</translation>
    </message>
    <message>
        <source>No audio output is available on this device, so clips cannot be played.</source>
        <extracomment>Shown when the device has no speaker or sound system to play clips on</extracomment>
        <translation>این دستگاه خروجی صدا ندارد؛ برای همین فایل‌های صوتی پخش نمی‌شوند.</translation>
    </message>
</context>
<context>
    <name>AudioBanner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes the message about audio that cannot play</extracomment>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>CatalogError</name>
    <message>
        <source>This is not a valid catalog address.</source>
        <translation>این نشانی یک کاتالوگ معتبر نیست.</translation>
    </message>
    <message>
        <source>Catalog addresses must start with https://, http:// or file://.</source>
        <translation>نشانی کاتالوگ باید با https://، http:// یا file:// شروع شود.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <extracomment>%1 is a technical network message</extracomment>
        <translation>دسترسی به سرور ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (%1).</source>
        <extracomment>%1 is an HTTP status code</extracomment>
        <translation>سرور پاسخ غیرمنتظره‌ای داد (%1).</translation>
    </message>
    <message>
        <source>The server has no such file (404). The address may be wrong or the file was removed.</source>
        <translation>این پرونده روی سرور نیست (404). شاید نشانی اشتباه است یا پرونده برداشته شده.</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again later.</source>
        <extracomment>%1 is an HTTP status code such as 500</extracomment>
        <translation>سرور دچار مشکل شد (%1). بعداً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The server stopped sending data. Try again later.</source>
        <translation>سرور دیگر داده نفرستاد. بعداً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>سرور بیش از حد به نشانی‌های دیگر ارجاع داد.</translation>
    </message>
    <message>
        <source>The server sent more data than allowed (limit %1 bytes).</source>
        <extracomment>%1 a size limit in bytes</extracomment>
        <translation>سرور بیش از حد مجاز داده فرستاد (سقف %1 بایت).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <extracomment>%1 a file path</extracomment>
        <translation>پروندهٔ %1 خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>Could not write %1. Is the disk full?</source>
        <extracomment>%1 a file path</extracomment>
        <translation>نوشتن %1 ممکن نشد. آیا فضای دیسک پر است؟</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>بارگیری لغو شد.</translation>
    </message>
    <message>
        <source>The catalog has no signature file (catalog.json.minisig).</source>
        <translation>کاتالوگ پروندهٔ امضا (catalog.json.minisig) ندارد.</translation>
    </message>
    <message>
        <source>The catalog&apos;s signature is not valid: it was changed after signing.</source>
        <translation>امضای کاتالوگ معتبر نیست: پس از امضا تغییر کرده است.</translation>
    </message>
    <message>
        <source>The catalog is signed by a different key (%1) than the one you subscribed with (%2).</source>
        <extracomment>%1 and %2 are key ids (hexadecimal)</extracomment>
        <translation>کاتالوگ با کلید دیگری (%1) امضا شده، نه کلیدی که با آن مشترک شدید (%2).</translation>
    </message>
    <message>
        <source>This catalog&apos;s publisher key is not known yet: compare the fingerprint before trusting it.</source>
        <translation>کلید ناشر این کاتالوگ هنوز شناخته نیست: پیش از اعتماد، اثر انگشت آن را مقایسه کنید.</translation>
    </message>
    <message>
        <source>The catalog is not valid UTF-8 text.</source>
        <translation>کاتالوگ متن UTF-8 معتبری نیست.</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON: %1</source>
        <extracomment>%1 a technical JSON parser message</extracomment>
        <translation>کاتالوگ JSON معتبری نیست: %1</translation>
    </message>
    <message>
        <source>This file is not a Maharat catalog.</source>
        <translation>این پرونده کاتالوگ مهارت نیست.</translation>
    </message>
    <message>
        <source>This catalog uses format version %1, which needs a newer version of Maharat.</source>
        <extracomment>%1 a format version number</extracomment>
        <translation>این کاتالوگ قالب نسخهٔ %1 دارد که به نسخهٔ تازه‌تری از مهارت نیاز دارد.</translation>
    </message>
    <message>
        <source>The catalog has an invalid field: %1.</source>
        <extracomment>%1 a field name such as packs[3].sha256</extracomment>
        <translation>کاتالوگ یک فیلد نامعتبر دارد: %1.</translation>
    </message>
    <message>
        <source>The catalog lists the pack %1 twice.</source>
        <extracomment>%1 a pack id</extracomment>
        <translation>کاتالوگ بستهٔ %1 را دو بار آورده است.</translation>
    </message>
    <message>
        <source>The catalog is older (number %1) than one already seen (number %2): refused, it may be a replay.</source>
        <extracomment>%1 the catalog&apos;s sequence number, %2 the last one accepted</extracomment>
        <translation>این کاتالوگ قدیمی‌تر (شمارهٔ %1) از کاتالوگی است که پیش‌تر دیده شده (شمارهٔ %2): پذیرفته نشد، شاید تکرار نسخه‌ای کهنه باشد.</translation>
    </message>
    <message>
        <source>The download has the wrong size (%1 bytes instead of %2).</source>
        <extracomment>%1 and %2 are byte counts</extracomment>
        <translation>اندازهٔ بارگیری درست نیست (%1 بایت به‌جای %2).</translation>
    </message>
    <message>
        <source>The downloaded file does not match the catalog&apos;s checksum: it was not installed.</source>
        <translation>پروندهٔ بارگیری‌شده با چکیدهٔ کاتالوگ جور نیست: نصب نشد.</translation>
    </message>
    <message>
        <source>The pack was downloaded but not installed: %1</source>
        <extracomment>%1 the reason the installer gave</extracomment>
        <translation>بسته بارگیری شد ولی نصب نشد: %1</translation>
    </message>
    <message>
        <source>The pack is not the one the catalog describes.</source>
        <translation>این بسته همانی نیست که کاتالوگ توصیف کرده است.</translation>
    </message>
</context>
<context>
    <name>CatalogSection</name>
    <message>
        <source>Catalogs</source>
        <extracomment>Heading of the catalogs part of the library page</extracomment>
        <translation>کاتالوگ‌ها</translation>
    </message>
    <message>
        <source>A catalog lists the packs your organisation publishes. Add one to get its packs and their updates.</source>
        <extracomment>Shown when no catalog is subscribed yet</extracomment>
        <translation>کاتالوگ فهرست بسته‌هایی است که سازمانتان منتشر می‌کند. یکی اضافه کنید تا بسته‌ها و به‌روزرسانی‌هایشان را بگیرید.</translation>
    </message>
    <message>
        <source>Add a catalog</source>
        <extracomment>Opens the dialog that subscribes to a catalog</extracomment>
        <translation>افزودن کاتالوگ</translation>
    </message>
    <message>
        <source>Check now</source>
        <extracomment>Checks every subscribed catalog for new packs and updates now</extracomment>
        <translation>الان بررسی کن</translation>
    </message>
    <message>
        <source>Is this your publisher&apos;s key? Compare the fingerprint with the one they gave you before you continue.</source>
        <extracomment>Asked before trusting a catalog whose link carried no publisher key</extracomment>
        <translation>آیا این کلید ناشر شماست؟ پیش از ادامه، اثر انگشت را با آنچه ناشر به شما داده مقایسه کنید.</translation>
    </message>
    <message>
        <source>Don&apos;t trust</source>
        <extracomment>Refuses a catalog&apos;s key: nothing is added</extracomment>
        <translation>اعتماد نکن</translation>
    </message>
    <message>
        <source>Trust and add</source>
        <extracomment>Trusts a catalog&apos;s key after comparing the fingerprint</extracomment>
        <translation>اعتماد و افزودن</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pack(s)</source>
        <extracomment>Under a catalog: how many packs it offers (the date it was last checked follows)</extracomment>
        <translation>
            <numerusform>%Ln بسته</numerusform>
        </translation>
    </message>
    <message>
        <source>This catalog has expired: the publisher has not renewed it, so newer packs may be missing.</source>
        <extracomment>Under a catalog whose expiry date passed (a mirror may be frozen or the publisher stopped)</extracomment>
        <translation>این کاتالوگ منقضی شده است: ناشر آن را تازه نکرده، پس شاید بسته‌های تازه‌تر در آن نباشند.</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <extracomment>Under a catalog when the last check failed (offline is normal); %1 the reason</extracomment>
        <translation>بررسی ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Install all updates (%1)</source>
        <extracomment>Installs every available update; %1 the total download size</extracomment>
        <translation>نصب همهٔ به‌روزرسانی‌ها (%1)</translation>
    </message>
</context>
<context>
    <name>Catalogs</name>
    <message>
        <source>Not checked yet</source>
        <extracomment>Under a catalog: it has never been fetched successfully</extracomment>
        <translation>هنوز بررسی نشده</translation>
    </message>
    <message>
        <source>Last checked %1, %2</source>
        <extracomment>Under a catalog: %1 a date, %2 a time of day</extracomment>
        <translation>آخرین بررسی %1، %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress: %1 bytes so far, %2 total size (both formatted, e.g. 1.2 MB)</extracomment>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>Catalog added, but it has expired: the publisher has not renewed it, so newer packs may be missing.</source>
        <translation>کاتالوگ افزوده شد، ولی منقضی شده است: ناشر آن را تازه نکرده، پس شاید بسته‌های تازه‌تر در آن نباشند.</translation>
    </message>
    <message>
        <source>Catalog is up to date.</source>
        <extracomment>After adding or refreshing a catalog successfully</extracomment>
        <translation>کاتالوگ به‌روز است.</translation>
    </message>
</context>
<context>
    <name>CatalogsPage</name>
    <message>
        <source>Catalogs</source>
        <extracomment>Title of the page listing subscribed catalogs and their packs</extracomment>
        <translation>کاتالوگ‌ها</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>This category has no topics yet.</source>
        <extracomment>Shown for a category that has no topics</extracomment>
        <translation>این دسته هنوز موضوعی ندارد.</translation>
    </message>
    <message>
        <source>Remembered: %1</source>
        <extracomment>Screen reader text of a topic&apos;s progress mark; %1 is a percentage</extracomment>
        <translation>به یاد مانده: %1</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Version %1 · %2 · %3</source>
        <extracomment>Under a pack in a catalog: %1 version number, %2 topic count text, %3 download size</extracomment>
        <translation>نسخهٔ %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <extracomment>Number of topics in a pack offered by a catalog</extracomment>
        <translation>
            <numerusform>%Ln موضوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed</source>
        <extracomment>A catalog&apos;s pack that is installed at its newest version</extracomment>
        <translation>نصب‌شده</translation>
    </message>
    <message>
        <source>Update available: version %1 → %2</source>
        <extracomment>A catalog has a newer version of an installed pack: %1 installed version, %2 new version</extracomment>
        <translation>به‌روزرسانی هست: نسخهٔ %1 ← %2</translation>
    </message>
    <message>
        <source>Not installed</source>
        <extracomment>A catalog&apos;s pack that is not installed</extracomment>
        <translation>نصب‌نشده</translation>
    </message>
    <message>
        <source>Not signed by its publisher</source>
        <extracomment>Warning on a catalog&apos;s pack that carries no publisher signature</extracomment>
        <translation>ناشر آن را امضا نکرده است</translation>
    </message>
    <message>
        <source>Download progress</source>
        <extracomment>Screen reader name of a download&apos;s progress bar</extracomment>
        <translation>پیشرفت بارگیری</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <extracomment>A download waiting for the ones before it</extracomment>
        <translation>در صف…</translation>
    </message>
    <message>
        <source>Checking and installing…</source>
        <extracomment>A downloaded pack being checked and installed</extracomment>
        <translation>در حال بررسی و نصب…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops a pack download</extracomment>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Retries a failed pack download (it continues where it stopped)</extracomment>
        <translation>دوباره</translation>
    </message>
    <message>
        <source>Update (%1)</source>
        <extracomment>Button on a catalog&apos;s pack with an update; %1 the download size</extracomment>
        <translation>به‌روزرسانی (%1)</translation>
    </message>
    <message>
        <source>Download (%1)</source>
        <extracomment>Button on a catalog&apos;s pack; %1 the download size</extracomment>
        <translation>بارگیری (%1)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What would you like to practise?</source>
        <extracomment>Home page heading above the list of topic categories</extracomment>
        <translation>می‌خواهید چه چیزی را تمرین کنید؟</translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <extracomment>Under a category name: how many topics it has and which pack it comes from</extracomment>
        <translation>
            <numerusform>%Ln موضوع</numerusform>
        </translation>
    </message>
    <message>
        <source>No skill packs are installed.</source>
        <extracomment>Shown on the home page when no pack is installed</extracomment>
        <translation>هیچ بسته‌ی مهارتی نصب نشده است.</translation>
    </message>
    <message>
        <source>Search skills, phrases, situations…</source>
        <extracomment>Placeholder of the search field on the home page</extracomment>
        <translation>جست‌وجوی مهارت‌ها، جمله‌ها، موقعیت‌ها…</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <extracomment>Home page heading above the topic the user read last</extracomment>
        <translation>ادامه از جایی که ماندید</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <extracomment>Home page heading above the bookmarked topics</extracomment>
        <translation>نشان‌شده‌ها</translation>
    </message>
    <message>
        <source>Daily refresher</source>
        <extracomment>Home page card that starts the daily refresher quiz</extracomment>
        <translation>مرور روزانه</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) to refresh today.</source>
        <extracomment>Under the daily refresher card: how many questions are due</extracomment>
        <translation>
            <numerusform>امروز %Ln پرسش برای مرور دارید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pack update(s) available</source>
        <extracomment>Home page card when a subscribed catalog has newer versions of installed packs</extracomment>
        <translation>
            <numerusform>%Ln به‌روزرسانی بسته آماده است</numerusform>
        </translation>
    </message>
    <message>
        <source>Download size %1</source>
        <extracomment>Under the updates card: %1 the total download size</extracomment>
        <translation>حجم بارگیری %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pack(s) could not be opened</source>
        <extracomment>Home page line when pack files were refused; leads to the pack library</extracomment>
        <translation>
            <numerusform>%Ln بسته باز نشد</numerusform>
        </translation>
    </message>
    <message>
        <source>See which ones and why in the pack library</source>
        <extracomment>Under the refused-packs line</extracomment>
        <translation>در کتابخانه‌ی بسته‌ها ببینید کدام‌ها و چرا</translation>
    </message>
    <message>
        <source>Opening your packs…</source>
        <extracomment>Home page, at start-up, while the installed packs are still being opened</extracomment>
        <translation>در حال باز کردن بسته‌های شما…</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>%1 version %2 is already installed.</source>
        <extracomment>%1 pack title, %2 its version number</extracomment>
        <translation>%1 نسخهٔ %2 از قبل نصب شده است.</translation>
    </message>
    <message>
        <source>This file has %1 version %2, older than the installed version %3. Older versions are not installed, so a correction cannot be undone.</source>
        <extracomment>%1 pack title, %2 the file&apos;s version, %3 the installed version</extracomment>
        <translation>این فایل %1 نسخهٔ %2 است که از نسخهٔ نصب‌شده (%3) قدیمی‌تر است. نسخه‌های قدیمی‌تر نصب نمی‌شوند تا اصلاحی از بین نرود.</translation>
    </message>
    <message>
        <source>There is not enough free space to install this pack. Nothing was changed.</source>
        <translation>فضای خالی کافی برای نصب این بسته نیست. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The pack folder cannot be written (%1). Nothing was changed.</source>
        <extracomment>%1 a technical reason</extracomment>
        <translation>پوشهٔ بسته‌ها قابل نوشتن نیست (%1). چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Warning: this file claims to be an update of %1 but is signed by a different key (%2) than its trusted publisher (%3). It may be forged. It was not installed.</source>
        <extracomment>%1 pack title, %2 key id of the file&apos;s signer, %3 key id of the trusted publisher</extracomment>
        <translation>هشدار: این فایل ادعا می‌کند به‌روزرسانی %1 است، اما با کلید دیگری (%2) امضا شده، نه با کلید ناشر مورد اعتماد آن (%3). ممکن است جعلی باشد. نصب نشد.</translation>
    </message>
    <message>
        <source>Warning: the installed %1 is signed by its publisher, but this file is not signed. It may be forged. It was not installed.</source>
        <extracomment>%1 pack title</extracomment>
        <translation>هشدار: %1 نصب‌شده امضای ناشرش را دارد، اما این فایل امضا نشده است. ممکن است جعلی باشد. نصب نشد.</translation>
    </message>
    <message>
        <source>This pack is not signed, and only signed packs may be installed.</source>
        <translation>این بسته امضا نشده است و فقط بسته‌های امضاشده نصب می‌شوند.</translation>
    </message>
    <message>
        <source>This pack is signed by a key that is not trusted (%1).</source>
        <extracomment>%1 key id</extracomment>
        <translation>این بسته با کلیدی امضا شده که مورد اعتماد نیست (%1).</translation>
    </message>
    <message>
        <source>The pack was not installed.</source>
        <translation>بسته نصب نشد.</translation>
    </message>
    <message>
        <source>Built-in packs cannot be removed.</source>
        <translation>بسته‌های داخلی حذف‌شدنی نیستند.</translation>
    </message>
    <message>
        <source>No pack %1 is installed.</source>
        <extracomment>%1 pack id</extracomment>
        <translation>بسته‌ای با شناسهٔ %1 نصب نیست.</translation>
    </message>
    <message>
        <source>Another pack is being installed; try again when it is done.</source>
        <translation>بستهٔ دیگری در حال نصب است؛ پس از پایان آن دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>KeyWarningDialog</name>
    <message>
        <source>Warning: not from the same publisher</source>
        <extracomment>Title of the warning shown when an update is signed by the wrong key</extracomment>
        <translation>هشدار: از همان ناشر نیست</translation>
    </message>
    <message>
        <source>Nothing was changed: the installed version stays. If the publisher really changed their key, ask them how to check the new one before you remove the old pack.</source>
        <extracomment>Under the wrong-key warning</extracomment>
        <translation>چیزی تغییر نکرد: نسخه‌ی نصب‌شده سر جایش می‌ماند. اگر ناشر واقعاً کلیدش را عوض کرده است، پیش از حذف بسته‌ی قدیمی از او بپرسید کلید تازه را چطور بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open this web page?</source>
        <extracomment>Title of the question asked before a web link in a topic opens in the browser</extracomment>
        <translation>این صفحه‌ی وب باز شود؟</translation>
    </message>
    <message>
        <source>This link leaves Maharat and opens in your web browser:</source>
        <extracomment>In the dialog before opening a link; the web address is shown below this line</extracomment>
        <translation>این پیوند شما را از مهارت بیرون می‌برد و در مرورگر وب باز می‌شود:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button in the link dialog that keeps the user in the app</extracomment>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <extracomment>Button in the link dialog that opens the web page in the browser</extracomment>
        <translation>باز کردن در مرورگر</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Maharat</source>
        <extracomment>Window title: the app&apos;s name</extracomment>
        <translation>مهارت</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Accessible name of the toolbar&apos;s back button</extracomment>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Accessible name of the toolbar button that changes the interface language</extracomment>
        <translation>زبان</translation>
    </message>
</context>
<context>
    <name>NavItems</name>
    <message>
        <source>Home</source>
        <extracomment>Navigation: the home page with categories</extracomment>
        <translation>خانه</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Navigation: the search page</extracomment>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Quiz</source>
        <extracomment>Navigation: quizzes and refreshers</extracomment>
        <translation>آزمون</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Navigation: the settings page</extracomment>
        <translation>تنظیمات</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <source>Publisher: %1</source>
        <extracomment>Pack card: who published the pack; %1 is the publisher&apos;s name as the pack states it</extracomment>
        <translation>ناشر: %1</translation>
    </message>
    <message>
        <source>✓ Built-in pack, signed by Maharat</source>
        <extracomment>Pack card: signed with the key built into the app</extracomment>
        <translation>✓ بسته‌ی همراه برنامه، با امضای مهارت</translation>
    </message>
    <message>
        <source>✓ Signed by the publisher&apos;s key:</source>
        <extracomment>Pack card: signed with a publisher key the user accepted; its fingerprint follows</extracomment>
        <translation>✓ با کلید ناشر امضا شده است:</translation>
    </message>
    <message>
        <source>⚠ Unsigned: nobody vouches for this pack</source>
        <extracomment>Pack card: a pack nobody signed, in warning colour</extracomment>
        <translation>⚠ بدون امضا: هیچ‌کس این بسته را تضمین نمی‌کند</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3 · %4</source>
        <extracomment>Pack card details: %1 version number, %2 languages, %3 &quot;12 topics&quot;, %4 file size</extracomment>
        <translation>نسخه‌ی %1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <extracomment>Pack card: how many topics the pack has</extracomment>
        <translation>
            <numerusform>%Ln موضوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed %1</source>
        <extracomment>Pack card: when the pack was installed; %1 is a date</extracomment>
        <translation>نصب در %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <extracomment>Removes an installed pack (asks first)</extracomment>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>PackCommands</name>
    <message>
        <source>%1: not a minisign public key file</source>
        <extracomment>Command line; %1 a file name</extracomment>
        <translation>%1: فایل کلید عمومی minisign نیست</translation>
    </message>
    <message>
        <source>%1: installed %2 version %3</source>
        <extracomment>Command line; %1 file, %2 pack id, %3 version</extracomment>
        <translation>%1: %2 نسخهٔ %3 نصب شد</translation>
    </message>
</context>
<context>
    <name>PackError</name>
    <message>
        <source>The pack file %1 does not exist.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>فایل بسته‌ی %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The pack file %1 cannot be read.</source>
        <translation>خواندن فایل بسته‌ی %1 ممکن نیست.</translation>
    </message>
    <message>
        <source>The pack file is too large (%1 MB; the limit is %2 MB).</source>
        <extracomment>%1 file size in MB, %2 the limit in MB</extracomment>
        <translation>فایل بسته بیش از حد بزرگ است (%1 مگابایت؛ حداکثر %2 مگابایت).</translation>
    </message>
    <message>
        <source>This file is not a skill pack, or it is damaged or incomplete.</source>
        <translation>این فایل بسته‌ی مهارت نیست، یا آسیب دیده یا ناقص است.</translation>
    </message>
    <message>
        <source>This database file is not a Maharat skill pack.</source>
        <translation>این فایل پایگاه داده یک بسته‌ی مهارت برای «مهارت» نیست.</translation>
    </message>
    <message>
        <source>This pack uses format version %1, which needs a newer version of Maharat.</source>
        <extracomment>%1 is the pack&apos;s format version number</extracomment>
        <translation>این بسته از نسخه‌ی %1 قالب استفاده می‌کند که به نسخه‌ی جدیدتری از مهارت نیاز دارد.</translation>
    </message>
    <message>
        <source>This pack has an unknown format version (%1).</source>
        <translation>نسخه‌ی قالب این بسته ناشناخته است (%1).</translation>
    </message>
    <message>
        <source>This pack needs a newer version of Maharat (reader format %1).</source>
        <translation>این بسته به نسخه‌ی جدیدتری از مهارت نیاز دارد (قالب خواننده: %1).</translation>
    </message>
    <message>
        <source>The pack cannot be opened: %1</source>
        <extracomment>%1 is a technical message from the database</extracomment>
        <translation>بسته باز نمی‌شود: %1</translation>
    </message>
    <message>
        <source>The pack is damaged: %1</source>
        <translation>بسته آسیب دیده است: %1</translation>
    </message>
    <message>
        <source>The pack contains a trigger (%1), which packs may not have.</source>
        <extracomment>%1 is a database object name</extracomment>
        <translation>بسته یک تریگر (%1) دارد، در حالی که بسته‌ها نباید تریگر داشته باشند.</translation>
    </message>
    <message>
        <source>The pack contains a view (%1), which packs may not have.</source>
        <translation>بسته یک نما (%1) دارد، در حالی که بسته‌ها نباید نما داشته باشند.</translation>
    </message>
    <message>
        <source>The pack contains a virtual or full-text table (%1), which packs may not have.</source>
        <translation>بسته یک جدول مجازی یا جدول جست‌وجوی تمام‌متن (%1) دارد، در حالی که بسته‌ها نباید چنین جدولی داشته باشند.</translation>
    </message>
    <message>
        <source>The pack contains an unexpected database object (%1).</source>
        <translation>بسته یک شیء پایگاه داده‌ی غیرمنتظره (%1) دارد.</translation>
    </message>
    <message>
        <source>The pack is missing the table %1.</source>
        <translation>جدول %1 در بسته وجود ندارد.</translation>
    </message>
    <message>
        <source>The pack&apos;s table %1 does not have the expected layout.</source>
        <translation>ساختار جدول %1 در بسته با ساختار مورد انتظار یکی نیست.</translation>
    </message>
    <message>
        <source>The pack&apos;s manifest has no %1.</source>
        <extracomment>%1 is a manifest field name such as &quot;id&quot;</extracomment>
        <translation>شناسنامه‌ی بسته فیلد %1 را ندارد.</translation>
    </message>
    <message>
        <source>The pack&apos;s manifest has an invalid %1: &quot;%2&quot;.</source>
        <extracomment>%1 field name, %2 its value</extracomment>
        <translation>مقدار فیلد %1 در شناسنامه‌ی بسته نامعتبر است: «%2».</translation>
    </message>
    <message>
        <source>The pack uses an unsupported language code &quot;%1&quot;.</source>
        <translation>بسته از کد زبان پشتیبانی‌نشده‌ی «%1» استفاده می‌کند.</translation>
    </message>
    <message>
        <source>The item %1 has no text in language %2.</source>
        <extracomment>%1 an item id, %2 a language code</extracomment>
        <translation>مورد %1 در زبان %2 متنی ندارد.</translation>
    </message>
    <message>
        <source>The pack has an invalid id in %1: &quot;%2&quot;.</source>
        <extracomment>%1 a table name, %2 the bad id</extracomment>
        <translation>بسته در %1 یک شناسه‌ی نامعتبر دارد: «%2».</translation>
    </message>
    <message>
        <source>The pack uses the id %1 twice.</source>
        <translation>بسته شناسه‌ی %1 را دو بار به کار برده است.</translation>
    </message>
    <message>
        <source>The pack has text that is not valid UTF-8 in %1 (%2).</source>
        <extracomment>%1 table name, %2 item id</extracomment>
        <translation>بسته در %1 (%2) متنی دارد که UTF-8 معتبر نیست.</translation>
    </message>
    <message>
        <source>The pack has text with forbidden control characters in %1 (%2).</source>
        <translation>بسته در %1 (%2) متنی با نویسه‌های کنترلی غیرمجاز دارد.</translation>
    </message>
    <message>
        <source>The %1 of %2 is longer than %3 characters.</source>
        <extracomment>%1 field, %2 item id, %3 the character limit</extracomment>
        <translation>فیلد %1 در %2 بیش از %3 نویسه است.</translation>
    </message>
    <message>
        <source>The question %1 is malformed (%2).</source>
        <extracomment>%1 question id, %2 what is wrong in English technical terms</extracomment>
        <translation>ساختار پرسش %1 نادرست است (%2).</translation>
    </message>
    <message>
        <source>The question %1 must have exactly one correct answer, but has %2.</source>
        <extracomment>%1 question id, %2 the number of answers marked correct</extracomment>
        <translation>پرسش %1 باید دقیقاً یک پاسخ درست داشته باشد، اما %2 پاسخ درست دارد.</translation>
    </message>
    <message>
        <source>The media %1 has a type that is not allowed (%2).</source>
        <extracomment>%1 media id, %2 a mime type</extracomment>
        <translation>نوع فایل رسانه‌ای %1 مجاز نیست (%2).</translation>
    </message>
    <message>
        <source>The media %1 is too large (%2 bytes; the limit is %3).</source>
        <extracomment>%1 media id, %2 size in bytes, %3 limit in bytes</extracomment>
        <translation>فایل رسانه‌ای %1 بیش از حد بزرگ است (%2 بایت؛ حداکثر %3).</translation>
    </message>
    <message>
        <source>The media %1 does not match its checksum: it was altered or damaged.</source>
        <translation>فایل رسانه‌ای %1 با چک‌سام خود مطابقت ندارد: تغییر کرده یا آسیب دیده است.</translation>
    </message>
    <message>
        <source>The media %1 is not a valid audio clip.</source>
        <translation>فایل رسانه‌ای %1 فایل صوتی معتبری نیست.</translation>
    </message>
    <message>
        <source>The media %1 is not used by any item.</source>
        <translation>فایل رسانه‌ای %1 در هیچ موردی به کار نرفته است.</translation>
    </message>
    <message>
        <source>The item %1 refers to %2, which does not exist.</source>
        <extracomment>%1 the referring item, %2 the missing target id</extracomment>
        <translation>مورد %1 به %2 ارجاع می‌دهد که وجود ندارد.</translation>
    </message>
    <message>
        <source>The pack&apos;s table %1 has more than %2 rows.</source>
        <extracomment>%1 table name, %2 the row limit</extracomment>
        <translation>جدول %1 در بسته بیش از %2 ردیف دارد.</translation>
    </message>
    <message>
        <source>The pack could not be read: %1</source>
        <translation>بسته خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The pack&apos;s publisher signature is damaged or not in a known format.</source>
        <translation>امضای ناشر این بسته آسیب دیده است یا قالب آن شناخته‌شده نیست.</translation>
    </message>
    <message>
        <source>The pack&apos;s publisher signature does not match its content: the pack was changed after it was signed, or it is damaged.</source>
        <translation>امضای ناشر این بسته با محتوای آن جور نیست: بسته پس از امضا تغییر کرده یا آسیب دیده است.</translation>
    </message>
    <message>
        <source>The pack is signed by the key %1, not by the required key %2.</source>
        <extracomment>%1 and %2 are key fingerprints, groups of four digits</extracomment>
        <translation>این بسته با کلید %1 امضا شده است، نه با کلید لازم %2.</translation>
    </message>
    <message>
        <source>The %1 of %2 contains HTML (%3); pack text is plain text.</source>
        <extracomment>%1 field name (title, body…), %2 item id, %3 the start of the tag as written</extracomment>
        <translation>%1 در %2 کد HTML دارد (%3)؛ متن بسته باید متن ساده باشد.</translation>
    </message>
    <message>
        <source>The %1 of %2 contains an image; pack text may not show images.</source>
        <extracomment>%1 field name, %2 item id</extracomment>
        <translation>%1 در %2 تصویر دارد؛ متن بسته نباید تصویر نشان دهد.</translation>
    </message>
    <message>
        <source>The %1 of %2 links to &quot;%3&quot;; links must be http or https web addresses.</source>
        <extracomment>%1 field name, %2 item id, %3 the link target as written</extracomment>
        <translation>%1 در %2 به «%3» پیوند داده است؛ پیوند باید نشانی وب http یا https باشد.</translation>
    </message>
    <message>
        <source>The %1 of %2 contains a text direction override (%3), which can make text read as something else.</source>
        <extracomment>%1 field name, %2 item id, %3 a character code such as U+202E</extracomment>
        <translation>%1 در %2 نویسه‌ی تغییر جهت متن (%3) دارد که می‌تواند متن را طور دیگری نشان دهد.</translation>
    </message>
    <message>
        <source>The %1 of %2 contains an invisible character (%3) that pack text may not use.</source>
        <extracomment>%1 field name, %2 item id, %3 a character code such as U+200B</extracomment>
        <translation>%1 در %2 نویسه‌ی نامرئی (%3) دارد که در متن بسته مجاز نیست.</translation>
    </message>
    <message>
        <source>The %1 of %2 has a direction isolate that is not closed on the same line.</source>
        <extracomment>%1 field name, %2 item id; isolates are the Unicode characters U+2066–U+2069</extracomment>
        <translation>%1 در %2 یک جداساز جهت دارد که در همان سطر بسته نشده است.</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Pack library</source>
        <extracomment>Title of the pack library page</extracomment>
        <translation>کتابخانه‌ی بسته‌ها</translation>
    </message>
    <message>
        <source>“%1” was installed.</source>
        <extracomment>After an import; %1 is the pack&apos;s title</extracomment>
        <translation>«%1» نصب شد.</translation>
    </message>
    <message>
        <source>The pack was removed. Your progress in it is kept if you install it again.</source>
        <extracomment>After a pack was removed from the library</extracomment>
        <translation>بسته حذف شد. اگر دوباره نصبش کنید، پیشرفت شما در آن سر جایش است.</translation>
    </message>
    <message>
        <source>A pack is a .skillpack file your manager shares by e-mail, a messaging app, a USB stick or the intranet.</source>
        <extracomment>Explains the import button on the pack library page</extracomment>
        <translation>بسته فایلی با پسوند skillpack است که مدیرتان با ایمیل، پیام‌رسان، فلش USB یا شبکه‌ی داخلی می‌فرستد.</translation>
    </message>
    <message>
        <source>Import a pack…</source>
        <extracomment>Opens a file picker to install a pack file</extracomment>
        <translation>افزودن بسته از فایل…</translation>
    </message>
    <message>
        <source>or drop the file onto this window</source>
        <extracomment>Next to the import button on desktop</extracomment>
        <translation>یا فایل را روی این پنجره رها کنید</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <extracomment>Import progress while the trust question is open</extracomment>
        <translation>در انتظار پاسخ شما…</translation>
    </message>
    <message>
        <source>Installed packs (%1)</source>
        <extracomment>Heading above the installed packs; %1 is how many</extracomment>
        <translation>بسته‌های نصب‌شده (%1)</translation>
    </message>
    <message>
        <source>No skill packs are installed.</source>
        <extracomment>The pack library when nothing is installed</extracomment>
        <translation>هیچ بسته‌ی مهارتی نصب نشده است.</translation>
    </message>
    <message>
        <source>Files that could not be opened (%1)</source>
        <extracomment>Heading above the files that were refused; %1 is how many</extracomment>
        <translation>فایل‌هایی که باز نشدند (%1)</translation>
    </message>
    <message>
        <source>Choose a skill pack</source>
        <extracomment>Title of the file picker that chooses a pack to install</extracomment>
        <translation>انتخاب بسته‌ی مهارت</translation>
    </message>
    <message>
        <source>Skill packs (*.skillpack)</source>
        <extracomment>File type filter in the file picker</extracomment>
        <translation>بسته‌های مهارت (*.skillpack)</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <extracomment>Title of the confirmation before removing a pack; %1 is its title</extracomment>
        <translation>«%1» حذف شود؟</translation>
    </message>
    <message>
        <source>Its topics disappear from this device. Your answers and bookmarks are kept and come back if you install the pack again.</source>
        <extracomment>Confirmation text before removing a pack</extracomment>
        <translation>موضوع‌های آن از این دستگاه برداشته می‌شوند. پاسخ‌ها و نشانک‌های شما نگه داشته می‌شوند و اگر بسته را دوباره نصب کنید برمی‌گردند.</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Confirms removing a pack</extracomment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Keep it</source>
        <extracomment>Keeps the pack</extracomment>
        <translation>نگهش دار</translation>
    </message>
    <message>
        <source>Packs in your catalogs</source>
        <extracomment>Library page: opens the page that lists every pack the subscribed catalogs offer</extracomment>
        <translation>بسته‌های کاتالوگ‌های شما</translation>
    </message>
</context>
<context>
    <name>PhrasingLine</name>
    <message>
        <source>Say this</source>
        <extracomment>Screen reader label of the ✓ mark before a good phrasing line</extracomment>
        <translation>این را بگویید</translation>
    </message>
    <message>
        <source>Don&apos;t say this</source>
        <extracomment>Screen reader label of the ✗ mark before a bad phrasing line</extracomment>
        <translation>این را نگویید</translation>
    </message>
</context>
<context>
    <name>PlayButton</name>
    <message>
        <source>Pause: %1</source>
        <extracomment>Screen reader name of the button pausing a clip; %1 is the line being played</extracomment>
        <translation>مکث: %1</translation>
    </message>
    <message>
        <source>Play: %1</source>
        <extracomment>Screen reader name of the button playing a clip; %1 is the line it plays</extracomment>
        <translation>پخش: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Your progress was saved by a newer version of Maharat. Update the app to use it; nothing was changed.</source>
        <translation>پیشرفت شما با نسخه‌ی جدیدتری از مهارت ذخیره شده است. برای استفاده از آن، برنامه را به‌روز کنید؛ چیزی تغییر نکرده است.</translation>
    </message>
    <message>
        <source>Your progress could not be updated to this version of Maharat. Nothing was lost: a copy is kept at %1.</source>
        <extracomment>%1 is the path of a backup copy of the user&apos;s data</extracomment>
        <translation>پیشرفت شما برای این نسخه‌ی مهارت به‌روز نشد. چیزی از دست نرفته است: یک نسخه از آن در %1 نگه داشته شده است.</translation>
    </message>
    <message>
        <source>Your progress cannot be opened, so answers and bookmarks are not being saved. Check that this device has free space, then try again.</source>
        <extracomment>Shown when the file with the user&apos;s progress cannot be opened at all</extracomment>
        <translation>پیشرفت شما باز نمی‌شود، برای همین پاسخ‌ها و نشانک‌ها ذخیره نمی‌شوند. بررسی کنید که این دستگاه فضای خالی داشته باشد، سپس دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Your progress file cannot be written to, so answers and bookmarks are not being saved. Check the permissions of Maharat&apos;s data folder.</source>
        <translation>نمی‌توان در پرونده‌ی پیشرفت شما نوشت، برای همین پاسخ‌ها و نشانک‌ها ذخیره نمی‌شوند. مجوزهای پوشه‌ی داده‌های مهارت را بررسی کنید.</translation>
    </message>
    <message>
        <source>The file where Maharat keeps your progress was made by another program, so Maharat has not touched it. Move it somewhere else to start a new progress file.</source>
        <extracomment>The file named progress.db in Maharat&apos;s data folder was made by some other program</extracomment>
        <translation>پرونده‌ای که مهارت پیشرفت شما را در آن نگه می‌دارد را برنامه‌ی دیگری ساخته است، برای همین مهارت به آن دست نزده است. آن را به جای دیگری منتقل کنید تا پرونده‌ی پیشرفت تازه‌ای ساخته شود.</translation>
    </message>
    <message>
        <source>Your progress file carries a version number that no version of Maharat writes, so it is not being used. Nothing was changed.</source>
        <translation>پرونده‌ی پیشرفت شما شماره‌ی نسخه‌ای دارد که هیچ نسخه‌ای از مهارت آن را نمی‌نویسد، برای همین از آن استفاده نمی‌شود. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Your progress file is damaged, so Maharat is not using it. It was not changed.</source>
        <translation>پرونده‌ی پیشرفت شما آسیب دیده است، برای همین مهارت از آن استفاده نمی‌کند. این پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <source>There is not enough free space to update your progress safely. Free some space on this device and start Maharat again; nothing was changed.</source>
        <translation>فضای خالی کافی برای به‌روزرسانی امن پیشرفت شما نیست. کمی فضا روی این دستگاه آزاد کنید و مهارت را دوباره باز کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Maharat could not make a safety copy of your progress, so it did not update it. Nothing was changed.</source>
        <translation>مهارت نتوانست یک نسخه‌ی پشتیبان از پیشرفت شما بسازد، برای همین آن را به‌روز نکرد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Your progress could not be updated to this version of Maharat. Nothing was changed.</source>
        <translation>پیشرفت شما برای این نسخه‌ی مهارت به‌روز نشد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Another Maharat window is busy with your progress. Close it and try again.</source>
        <translation>پنجره‌ی دیگری از مهارت در حال کار با پیشرفت شماست. آن را ببندید و دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>Daily refresher</source>
        <extracomment>Title of the quiz made of the questions due today</extracomment>
        <translation>مرور روزانه</translation>
    </message>
    <message>
        <source>True</source>
        <translation>درست</translation>
    </message>
    <message>
        <source>False</source>
        <translation>نادرست</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) could not be saved yet. This device may be full. Maharat keeps trying while it stays open.</source>
        <extracomment>Under &quot;Your answers are not being saved&quot;; %Ln is how many answers are waiting</extracomment>
        <translation>
            <numerusform>%Ln پاسخ هنوز ذخیره نشده است. شاید حافظه‌ی این دستگاه پر باشد. مهارت تا وقتی باز است دوباره تلاش می‌کند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Quiz</source>
        <extracomment>Title of the quiz page</extracomment>
        <translation>آزمون</translation>
    </message>
    <message>
        <source>Daily refresher</source>
        <extracomment>Quiz page heading: the daily spaced-repetition quiz</extracomment>
        <translation>مرور روزانه</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) to refresh today.</source>
        <extracomment>How many questions the spaced-repetition schedule brings back today</extracomment>
        <translation>
            <numerusform>امروز %Ln پرسش برای مرور دارید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due right now. Answer a quiz below, and its questions come back here when it is time to refresh them.</source>
        <extracomment>Shown when no question is due for review</extracomment>
        <translation>فعلاً پرسشی برای مرور نمانده است. یکی از آزمون‌های زیر را بدهید؛ پرسش‌هایش هر وقت نوبت مرورشان برسد، همین‌جا برمی‌گردند.</translation>
    </message>
    <message>
        <source>Start the refresher</source>
        <extracomment>Starts the daily refresher quiz</extracomment>
        <translation>شروع مرور</translation>
    </message>
    <message>
        <source>Quiz yourself on a category</source>
        <extracomment>Quiz page heading above the list of categories to be quizzed on</extracomment>
        <translation>آزمون یک دسته</translation>
    </message>
    <message>
        <source>About 2 minutes</source>
        <extracomment>Under a category in the quiz list: about how long the quiz takes</extracomment>
        <translation>حدود ۲ دقیقه</translation>
    </message>
    <message>
        <source>Your progress</source>
        <extracomment>Quiz page heading above the user&apos;s statistics</extracomment>
        <translation>پیشرفت شما</translation>
    </message>
    <message numerus="yes">
        <source>Answered today: %1 · Streak: %Ln day(s)</source>
        <extracomment>Statistics line: answers given today and the number of consecutive days with answers</extracomment>
        <translation>
            <numerusform>پاسخ‌های امروز: %1 · روزهای پیاپی: %Ln روز</numerusform>
        </translation>
    </message>
    <message>
        <source>Last quiz: %1</source>
        <extracomment>Statistics line: the date of the latest answer</extracomment>
        <translation>آخرین آزمون: %1</translation>
    </message>
    <message>
        <source>Answers per day over the last 30 days</source>
        <extracomment>Screen reader description of the 30-day activity chart</extracomment>
        <translation>تعداد پاسخ‌ها در هر روز، در ۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>Export results (CSV)</source>
        <extracomment>Exports quiz results as a CSV spreadsheet file</extracomment>
        <translation>خروجی نتیجه‌ها (CSV)</translation>
    </message>
    <message>
        <source>Export (JSON)</source>
        <extracomment>Exports quiz results as a JSON file</extracomment>
        <translation>خروجی (JSON)</translation>
    </message>
    <message>
        <source>Save your results</source>
        <extracomment>Title of the dialog that asks where to save the exported results</extracomment>
        <translation>ذخیره‌ی نتیجه‌ها</translation>
    </message>
    <message>
        <source>Saved. You can send the file to your manager.</source>
        <extracomment>Shown after the results were exported</extracomment>
        <translation>ذخیره شد. می‌توانید فایل را برای مدیرتان بفرستید.</translation>
    </message>
</context>
<context>
    <name>QuizSessionPage</name>
    <message>
        <source>There are no questions to ask right now.</source>
        <extracomment>Shown when a quiz has no questions to ask</extracomment>
        <translation>فعلاً پرسشی برای پرسیدن نیست.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <extracomment>Progress through a quiz, e.g. &quot;Question 2 of 5&quot;</extracomment>
        <translation>پرسش %1 از %2</translation>
    </message>
    <message>
        <source>Listen to both replies, then choose the better one.</source>
        <extracomment>Hint in listen-only mode: the replies are hidden and must be judged by ear</extracomment>
        <translation>هر دو پاسخ را گوش کنید و بهترش را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <extracomment>Label of a reply in listen-only mode, e.g. &quot;Reply 1&quot;</extracomment>
        <translation>پاسخ %1</translation>
    </message>
    <message>
        <source>Right!</source>
        <extracomment>Feedback after a right answer</extracomment>
        <translation>درست است!</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <extracomment>Feedback after a wrong answer</extracomment>
        <translation>نه کاملاً.</translation>
    </message>
    <message>
        <source>the better reply</source>
        <extracomment>Screen reader text of the button that plays the better reply after a phrasing question</extracomment>
        <translation>پاسخ بهتر</translation>
    </message>
    <message>
        <source>Listen to the better reply</source>
        <extracomment>Next to the play button after a phrasing question</extracomment>
        <translation>پاسخ بهتر را بشنوید</translation>
    </message>
    <message>
        <source>Next question</source>
        <extracomment>Button after answering: go to the next question</extracomment>
        <translation>پرسش بعدی</translation>
    </message>
    <message>
        <source>See my results</source>
        <extracomment>Button after the last answer: show the quiz summary</extracomment>
        <translation>دیدن نتیجه</translation>
    </message>
    <message>
        <source>You got %1 of %2 right</source>
        <extracomment>Quiz summary: %1 right answers out of %2 questions</extracomment>
        <translation>%1 از %2 پاسخ شما درست بود</translation>
    </message>
    <message numerus="yes">
        <source>Time: %Ln second(s)</source>
        <extracomment>Quiz summary: how long it took, in seconds</extracomment>
        <translation>
            <numerusform>زمان: %Ln ثانیه</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth another look</source>
        <extracomment>Quiz summary heading above the topics the user got wrong</extracomment>
        <translation>ارزش دوباره خواندن دارند</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Ends the quiz summary</extracomment>
        <translation>تمام</translation>
    </message>
    <message>
        <source>Your answers are not being saved</source>
        <extracomment>Banner on the quiz screen while answers cannot be recorded</extracomment>
        <translation>پاسخ‌های شما ذخیره نمی‌شوند</translation>
    </message>
</context>
<context>
    <name>ResultsExport</name>
    <message>
        <source>Your results could not be saved to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>نتیجه‌های شما در %1 ذخیره نشد: %2</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>matched in %1</source>
        <extracomment>Under a search result found through another language; %1 is that language&apos;s own name</extracomment>
        <translation>پیداشده در متن %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <extracomment>Title of the search page</extracomment>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Search skills, phrases, situations…</source>
        <extracomment>Placeholder of the search field</extracomment>
        <translation>جست‌وجوی مهارت‌ها، جمله‌ها، موقعیت‌ها…</translation>
    </message>
    <message>
        <source>Showing results for %1</source>
        <extracomment>Shown when a query found nothing and a corrected spelling was searched instead</extracomment>
        <translation>نتیجه‌ها برای %1</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or different words.</source>
        <extracomment>Shown when a search finds nothing</extracomment>
        <translation>چیزی پیدا نشد. با واژه‌های کمتر یا دیگری جست‌وجو کنید.</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <extracomment>Search page heading above the user&apos;s recent searches</extracomment>
        <translation>جست‌وجوهای اخیر</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <extracomment>Offered above results for what was typed when a word is in neither the topics nor the dictionary; %1 is the query with that word respelt, a link that searches for it</extracomment>
        <translation>آیا منظورتان %1 بود؟</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>Title of the settings page</extracomment>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Settings heading: the interface language</extracomment>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Same as the device</source>
        <extracomment>Language option that follows the device&apos;s language
----------
Theme option: follow the device</extracomment>
        <translation>مطابق دستگاه</translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <extracomment>Settings heading: size of the text; %1 is a percentage such as 120%</extracomment>
        <translation>اندازه‌ی متن: %1</translation>
    </message>
    <message>
        <source>Text size</source>
        <extracomment>Screen reader name of the text size slider</extracomment>
        <translation>اندازه‌ی متن</translation>
    </message>
    <message>
        <source>The quick reply is the kind one.</source>
        <extracomment>Sample text under the text size slider</extracomment>
        <translation>پاسخ سریع، همان پاسخ مهربانانه است.</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Settings heading: light or dark colours</extracomment>
        <translation>پوسته</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Theme option: light colours</extracomment>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Theme option: dark colours</extracomment>
        <translation>تیره</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <extracomment>Settings heading: how fast audio clips play</extracomment>
        <translation>سرعت پخش</translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>A playback speed such as 1.25×; %1 is the number</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Digits</source>
        <extracomment>Settings heading: which digits numbers are shown with</extracomment>
        <translation>ارقام</translation>
    </message>
    <message>
        <source>Always use Latin digits (0–9)</source>
        <extracomment>Switch that shows 0-9 instead of Persian or Arabic digits</extracomment>
        <translation>همیشه از ارقام لاتین (0–9) استفاده شود</translation>
    </message>
    <message>
        <source>Example: topic %1 of %2</source>
        <extracomment>Example of numbers under the digits switch; %1 and %2 are numbers</extracomment>
        <translation>نمونه: موضوع %1 از %2</translation>
    </message>
    <message>
        <source>About Maharat</source>
        <extracomment>Link from the settings page to the About page</extracomment>
        <translation>درباره‌ی مهارت</translation>
    </message>
    <message>
        <source>Version, content packs and their sources, licences</source>
        <extracomment>Under the About link</extracomment>
        <translation>نسخه، بسته‌های محتوا و منابع آن‌ها، مجوزها</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <extracomment>Settings heading: quiz options</extracomment>
        <translation>آزمون‌ها</translation>
    </message>
    <message>
        <source>Listen only: hide the text of replies in phrasing questions</source>
        <extracomment>Switch that hides the text of phrasing questions so they are judged by ear</extracomment>
        <translation>فقط شنیدن: متن پاسخ‌ها در پرسش‌های «کدام جمله بهتر است» پنهان شود</translation>
    </message>
    <message>
        <source>Questions come back when your chance of remembering falls to %1</source>
        <extracomment>Label of the slider for how well questions should be remembered; %1 is a percentage</extracomment>
        <translation>هر پرسش وقتی دوباره می‌آید که احتمال به‌یادآوردنش به %1 برسد</translation>
    </message>
    <message>
        <source>Target retention</source>
        <extracomment>Screen reader name of the target retention slider</extracomment>
        <translation>میزان به‌یادسپاری هدف</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <extracomment>Link from the settings page to the catalogs page</extracomment>
        <translation>کاتالوگ‌ها</translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s) available</source>
        <extracomment>Under the Catalogs link when updates are waiting</extracomment>
        <translation>
            <numerusform>%Ln به‌روزرسانی آماده است</numerusform>
        </translation>
    </message>
    <message>
        <source>Get packs and updates from your organisation</source>
        <extracomment>Under the Catalogs link</extracomment>
        <translation>بسته‌ها و به‌روزرسانی‌ها از سازمان شما</translation>
    </message>
    <message>
        <source>Skill packs</source>
        <extracomment>Settings heading: skill packs</extracomment>
        <translation>بسته‌های مهارت</translation>
    </message>
    <message>
        <source>Pack library</source>
        <extracomment>Link from the settings page to the pack library</extracomment>
        <translation>کتابخانه‌ی بسته‌ها</translation>
    </message>
    <message>
        <source>Installed packs, importing a pack file, removing packs</source>
        <extracomment>Under the pack library link</extracomment>
        <translation>بسته‌های نصب‌شده، افزودن بسته از فایل، حذف بسته‌ها</translation>
    </message>
    <message>
        <source>Only signed packs: refuse unsigned pack files</source>
        <extracomment>Switch for managed devices: refuse packs nobody signed</extracomment>
        <translation>فقط بسته‌های امضادار: فایل‌های بدون امضا پذیرفته نشوند</translation>
    </message>
</context>
<context>
    <name>ShareLink</name>
    <message>
        <source>The address is too long.</source>
        <translation>نشانی بیش از حد بلند است.</translation>
    </message>
    <message>
        <source>This is not a valid catalog address.</source>
        <translation>این نشانی یک کاتالوگ معتبر نیست.</translation>
    </message>
    <message>
        <source>Catalog addresses must start with https://, http:// or file://.</source>
        <translation>نشانی کاتالوگ باید با https://، http:// یا file:// شروع شود.</translation>
    </message>
    <message>
        <source>Catalog addresses may not contain a user name or password.</source>
        <translation>نشانی کاتالوگ نباید نام کاربری یا گذرواژه داشته باشد.</translation>
    </message>
    <message>
        <source>The key in this link is damaged; ask the publisher for the link again.</source>
        <translation>کلید این پیوند خراب است؛ پیوند را دوباره از ناشر بخواهید.</translation>
    </message>
</context>
<context>
    <name>SkillContent</name>
    <message>
        <source>Say it better</source>
        <extracomment>Heading above the cards with what to say and what not to say</extracomment>
        <translation>بهتر بگوییم</translation>
    </message>
</context>
<context>
    <name>SkillView</name>
    <message>
        <source>Topic %1 of %2</source>
        <extracomment>Above a skill&apos;s title: its position in the category, e.g. &quot;Topic 3 of 25&quot;</extracomment>
        <translation>موضوع %1 از %2</translation>
    </message>
    <message>
        <source>Bookmark this topic</source>
        <extracomment>Screen reader name of the bookmark button on a skill page</extracomment>
        <translation>نشان کردن این موضوع</translation>
    </message>
    <message>
        <source>Show in another language</source>
        <extracomment>Button that shows the same topic in a second language</extracomment>
        <translation>نمایش به زبانی دیگر</translation>
    </message>
    <message>
        <source>One language only</source>
        <extracomment>Menu item that hides the second language</extracomment>
        <translation>فقط یک زبان</translation>
    </message>
    <message>
        <source>Previous</source>
        <extracomment>Button to the previous topic in the same category</extracomment>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button to the next topic in the same category</extracomment>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Quiz me on this topic</source>
        <extracomment>Button on a skill page that starts a short quiz on that topic</extracomment>
        <translation>از این موضوع آزمون بگیر</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>This pack is not signed</source>
        <extracomment>Title of the warning before installing an unsigned pack</extracomment>
        <translation>این بسته امضا ندارد</translation>
    </message>
    <message>
        <source>A new publisher</source>
        <extracomment>Title of the question before trusting a new publisher&apos;s key</extracomment>
        <translation>ناشری تازه</translation>
    </message>
    <message>
        <source>Nobody vouches for “%1”: without a signature, anyone could have made or changed this file. Install it only if you know where it came from, for example your manager handed it to you.</source>
        <extracomment>Unsigned pack warning; %1 is the pack&apos;s title as the file states it</extracomment>
        <translation>هیچ‌کس «%1» را تضمین نمی‌کند: بدون امضا، هر کسی ممکن است این فایل را ساخته یا تغییر داده باشد. فقط وقتی نصبش کنید که می‌دانید از کجا آمده است، مثلاً مدیرتان خودش آن را به شما داده است.</translation>
    </message>
    <message>
        <source>“%1” is signed by a publisher key this device has not seen before.</source>
        <extracomment>Unknown key question; %1 is the pack&apos;s title</extracomment>
        <translation>«%1» با کلید ناشری امضا شده که این دستگاه پیش‌تر ندیده است.</translation>
    </message>
    <message>
        <source>Publisher (as the pack says): %1</source>
        <extracomment>Trust prompt: the publisher&apos;s name as the pack states it; %1 the name</extracomment>
        <translation>ناشر (به گفته‌ی خود بسته): %1</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <extracomment>Trust prompt: above the key fingerprint</extracomment>
        <translation>اثر انگشت کلید:</translation>
    </message>
    <message>
        <source>Ask the publisher to read their fingerprint to you, on the phone or in person, and compare it group by group. Accept only if every group is the same: later updates of this pack must then come with the same key.</source>
        <extracomment>Trust prompt: how to check the fingerprint</extracomment>
        <translation>از ناشر بخواهید اثر انگشت کلیدش را تلفنی یا حضوری برایتان بخواند و گروه به گروه مقایسه کنید. فقط وقتی بپذیرید که همه‌ی گروه‌ها یکی باشند؛ از آن پس به‌روزرسانی‌های این بسته باید با همین کلید بیایند.</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <extracomment>Installs an unsigned pack after the warning</extracomment>
        <translation>با این حال نصب شود</translation>
    </message>
    <message>
        <source>Trust and install</source>
        <extracomment>Trusts the new publisher&apos;s key and installs the pack</extracomment>
        <translation>اعتماد و نصب</translation>
    </message>
    <message>
        <source>Don&apos;t install</source>
        <extracomment>Does not install the pack</extracomment>
        <translation>نصب نشود</translation>
    </message>
</context>
<context>
    <name>maharat::PackLibrary</name>
    <message>
        <source>Removing…</source>
        <extracomment>Progress text while a pack is being removed</extracomment>
        <translation>در حال حذف…</translation>
    </message>
    <message>
        <source>Copying the file…</source>
        <extracomment>Import progress: the file is being copied into the app&apos;s folder</extracomment>
        <translation>در حال کپی فایل…</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <extracomment>Import progress: every part of the pack is being checked</extracomment>
        <translation>در حال بررسی بسته…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <extracomment>Import progress: the checked pack is being put in place</extracomment>
        <translation>در حال نصب…</translation>
    </message>
</context>
</TS>
