#include "wordlists.h"

using namespace Qt::StringLiterals;

namespace bench {

namespace {

QStringList split(const QString &s)
{
    return s.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

const QStringList &words(const QString &lang)
{
    static const QStringList en = split(
        u"the to and a of you with in for is it on that your "
        "customer problem call service order time help ask team answer company product question calm "
        "listen explain angry upset refund delivery complaint wait phone email message manager policy account "
        "payment invoice price discount return replace repair warranty late delay queue hold transfer colleague "
        "supervisor solution apology sorry thank promise follow check update confirm record note detail name "
        "number address date week today tomorrow morning shop store desk counter visitor guest caller client "
        "buyer patient polite friendly clear short simple honest quick careful personal professional tone "
        "voice word sentence smile empathy patience respect trust loyalty feedback survey review rating mistake "
        "error fault blame excuse tension pressure stress conflict argument shout interrupt repeat summarise "
        "clarify escalate resolve handle manage support serve offer suggest choose decide prepare train learn "
        "practise improve measure goal result quality standard rule step tip example situation reply response "
        "request expect feel understand agree accept refuse cancel change booking appointment ticket parcel "
        "package courier stock item size colour receipt card cash bank fee charge bill contract plan "
        "subscription upgrade login password website app chat system software setting connection network "
        "outage weekend holiday season rush busy quiet loud difficult rude regular loyal new first last second "
        "small big long whole every other own same right wrong good bad better best staff shift break office "
        "branch region courtesy greeting closing training handover"_s);
    static const QStringList fa = split(
        u"و به از در که را این با برای یک آن تا هم است "
        "مشتری شما خود می‌شود کنید نه اگر بعد همه کار وقت مشکل سفارش خدمات تماس پاسخ سؤال کمک همکار شرکت "
        "فروشگاه محصول کالا قیمت تخفیف پول بازپرداخت ارسال تحویل تأخیر صف انتظار تلفن پیام ایمیل مدیر "
        "سرپرست قانون حساب پرداخت فاکتور رسید گارانتی تعمیر تعویض مرجوعی شکایت عصبانی ناراحت ناراضی راضی "
        "آرام مؤدب صبور دقیق سریع کوتاه روشن ساده صادق حرفه‌ای دوستانه لحن صدا جمله کلمه لبخند همدلی صبر "
        "حوصله احترام اعتماد وفاداری بازخورد نظرسنجی امتیاز اشتباه خطا تقصیر بهانه تنش فشار استرس دعوا بحث "
        "فریاد قطع تکرار خلاصه توضیح پیگیری بررسی تأیید ثبت یادداشت جزئیات نام شماره نشانی تاریخ هفته امروز "
        "فردا صبح پیشخوان مراجعه‌کننده مهمان تماس‌گیرنده خریدار مشتری‌ها همکاران مشکلات سفارش‌ها می‌خواهد "
        "می‌خواهم می‌گوید می‌پرسد نمی‌داند گوش دادن گرفتن کردن داشتن شنیدن فهمیدن پذیرفتن قبول رد لغو تغییر "
        "رزرو نوبت بلیت بسته پیک موجودی اندازه رنگ کارت نقدی بانک هزینه قرارداد اشتراک ارتقا رمز وب‌سایت "
        "برنامه گفت‌وگو سامانه تنظیمات اتصال شبکه قطعی تعطیلات فصل شلوغ خلوت سخت بی‌ادب همیشگی وفادار جدید "
        "اول آخر دوم کوچک بزرگ طولانی درست غلط خوب بد بهتر بهترین راه‌حل عذرخواهی ببخشید ممنون قول آموزش "
        "تمرین بهبود هدف نتیجه کیفیت استاندارد قدم نکته مثال موقعیت درخواست انتظارات احساس حق دیر زود "
        "دوباره فوراً لطفاً کارکنان شیفت استراحت دفتر شعبه منطقه ادب سلام خداحافظی"_s);
    static const QStringList ar = split(
        u"في من إلى على أن مع عن و هذا هذه التي الذي لا ما "
        "العميل العملاء عميل خدمة المشكلة مشكلة الطلب طلب الوقت مساعدة سؤال الرد الشركة المتجر المنتج "
        "السعر خصم المال استرداد الشحن التوصيل تأخير الطابور الانتظار الهاتف رسالة البريد المدير المشرف "
        "السياسة الحساب الدفع الفاتورة الإيصال الضمان الإصلاح الاستبدال الإرجاع شكوى الشكوى غاضب الغاضب "
        "الغاضبين منزعج مستاء راضٍ هادئ مهذب صبور دقيق سريع قصير واضح بسيط صادق مهني ودود النبرة الصوت "
        "الجملة الكلمة ابتسامة التعاطف الصبر الاحترام الثقة الولاء الملاحظات استبيان التقييم خطأ الخطأ "
        "اللوم عذر التوتر الضغط خلاف جدال صراخ مقاطعة تكرار تلخيص توضيح متابعة مراجعة تأكيد تسجيل ملاحظة "
        "التفاصيل الاسم الرقم العنوان التاريخ الأسبوع اليوم غدًا الصباح المكتب الزائر الضيف المتصل المشتري "
        "الموظف الموظفين زميل الزملاء يريد يقول يسأل يعرف الاستماع الإصغاء يفهم يقبل يرفض إلغاء تغيير حجز "
        "موعد تذكرة الطرد المندوب المخزون المقاس اللون البطاقة نقدًا البنك الرسوم العقد الاشتراك الترقية "
        "الموقع التطبيق المحادثة النظام الإعدادات الاتصال الشبكة انقطاع العطلة الموسم مزدحم هادئة صعب وقح "
        "دائم وفيّ جديد أول آخر ثاني صغير كبير طويل صحيح خاطئ جيد سيئ أفضل الحل حل اعتذار آسف شكرًا وعد "
        "تدريب تمرين تحسين الهدف النتيجة الجودة المعيار خطوة نصيحة مثال الموقف الطلبات التوقعات الشعور حق "
        "متأخر مبكرًا مجددًا فورًا الفرع المنطقة اللباقة التحية الوداع المناوبة الاستراحة"_s);
    if (lang == u"fa")
        return fa;
    if (lang == u"ar")
        return ar;
    return en;
}

const QStringList &latinTokens()
{
    static const QStringList t = split(u"CRM SMS VIP iPhone QR PDF USB FAQ"_s);
    return t;
}

} // namespace bench
