#include "packschema.h"

using namespace Qt::StringLiterals;

namespace maharat::packschema {

// STRICT tables make SQLite itself reject a value of the wrong type, one check fewer for us.
// No foreign keys or indexes beyond primary keys: references are validated in code, and a pack
// has nothing that runs (no triggers, no views) and no full-text shadow tables.
namespace {

const QStringList &ddlV1()
{
    static const QStringList statements = {
        u"CREATE TABLE manifest(key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL) STRICT"_s,
        u"CREATE TABLE manifest_text(lang TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, "
        "PRIMARY KEY(lang, key)) STRICT"_s,
        u"CREATE TABLE credit(ord INTEGER NOT NULL PRIMARY KEY, text TEXT NOT NULL) STRICT"_s,
        u"CREATE TABLE category(id TEXT NOT NULL PRIMARY KEY, ord INTEGER NOT NULL) STRICT"_s,
        u"CREATE TABLE category_text(category_id TEXT NOT NULL, lang TEXT NOT NULL, "
        "title TEXT NOT NULL, PRIMARY KEY(category_id, lang)) STRICT"_s,
        u"CREATE TABLE skill(id TEXT NOT NULL PRIMARY KEY, category_id TEXT NOT NULL, "
        "ord INTEGER NOT NULL) STRICT"_s,
        u"CREATE TABLE skill_text(skill_id TEXT NOT NULL, lang TEXT NOT NULL, title TEXT NOT NULL, "
        "summary TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY(skill_id, lang)) STRICT"_s,
        u"CREATE TABLE example(id TEXT NOT NULL PRIMARY KEY, skill_id TEXT NOT NULL, "
        "ord INTEGER NOT NULL) STRICT"_s,
        u"CREATE TABLE example_text(example_id TEXT NOT NULL, lang TEXT NOT NULL, "
        "situation TEXT NOT NULL, bad TEXT NOT NULL, good TEXT NOT NULL, why TEXT NOT NULL, "
        "bad_media TEXT, good_media TEXT, PRIMARY KEY(example_id, lang)) STRICT"_s,
        u"CREATE TABLE question(id TEXT NOT NULL PRIMARY KEY, skill_id TEXT NOT NULL, "
        "ord INTEGER NOT NULL, type TEXT NOT NULL, example_id TEXT) STRICT"_s,
        u"CREATE TABLE question_text(question_id TEXT NOT NULL, lang TEXT NOT NULL, "
        "stem TEXT NOT NULL, explanation TEXT NOT NULL, PRIMARY KEY(question_id, lang)) STRICT"_s,
        u"CREATE TABLE question_option(question_id TEXT NOT NULL, option_id TEXT NOT NULL, "
        "ord INTEGER NOT NULL, correct INTEGER NOT NULL, PRIMARY KEY(question_id, option_id)) STRICT"_s,
        u"CREATE TABLE option_text(question_id TEXT NOT NULL, option_id TEXT NOT NULL, "
        "lang TEXT NOT NULL, text TEXT NOT NULL, media TEXT, "
        "PRIMARY KEY(question_id, option_id, lang)) STRICT"_s,
        u"CREATE TABLE media(id TEXT NOT NULL PRIMARY KEY, mime TEXT NOT NULL, "
        "duration_ms INTEGER NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL) STRICT"_s,
    };
    return statements;
}

const QList<Table> &tablesV1()
{
    static const QList<Table> list = {
        {u"manifest"_s, {u"key"_s, u"value"_s}, {u"key"_s}},
        {u"manifest_text"_s, {u"lang"_s, u"key"_s, u"value"_s}, {u"lang"_s, u"key"_s}},
        {u"credit"_s, {u"ord"_s, u"text"_s}, {u"ord"_s}},
        {u"category"_s, {u"id"_s, u"ord"_s}, {u"id"_s}},
        {u"category_text"_s, {u"category_id"_s, u"lang"_s, u"title"_s}, {u"category_id"_s, u"lang"_s}},
        {u"skill"_s, {u"id"_s, u"category_id"_s, u"ord"_s}, {u"id"_s}},
        {u"skill_text"_s, {u"skill_id"_s, u"lang"_s, u"title"_s, u"summary"_s, u"body"_s},
         {u"skill_id"_s, u"lang"_s}},
        {u"example"_s, {u"id"_s, u"skill_id"_s, u"ord"_s}, {u"id"_s}},
        {u"example_text"_s,
         {u"example_id"_s, u"lang"_s, u"situation"_s, u"bad"_s, u"good"_s, u"why"_s, u"bad_media"_s,
          u"good_media"_s},
         {u"example_id"_s, u"lang"_s}},
        {u"question"_s, {u"id"_s, u"skill_id"_s, u"ord"_s, u"type"_s, u"example_id"_s}, {u"id"_s}},
        {u"question_text"_s, {u"question_id"_s, u"lang"_s, u"stem"_s, u"explanation"_s},
         {u"question_id"_s, u"lang"_s}},
        {u"question_option"_s, {u"question_id"_s, u"option_id"_s, u"ord"_s, u"correct"_s},
         {u"question_id"_s, u"option_id"_s}},
        {u"option_text"_s, {u"question_id"_s, u"option_id"_s, u"lang"_s, u"text"_s, u"media"_s},
         {u"question_id"_s, u"option_id"_s, u"lang"_s}},
        {u"media"_s, {u"id"_s, u"mime"_s, u"duration_ms"_s, u"sha256"_s, u"data"_s}, {u"id"_s}},
    };
    return list;
}

// v2: the publisher signature, at most one row (slot 1): the signer's public key as the base64
// line of a minisign .pub file, and the .minisig text over the pack statement.
const QString SignatureDdl = u"CREATE TABLE signature(slot INTEGER NOT NULL PRIMARY KEY, "
                             "public_key TEXT NOT NULL, minisig TEXT NOT NULL) STRICT"_s;

// v2: search keywords, one row per keyword phrase of a topic in a language (docs/pack-format.md).
// Content: in the digest.
const QString KeywordDdl = u"CREATE TABLE skill_keyword(skill_id TEXT NOT NULL, lang TEXT NOT NULL, "
                           "ord INTEGER NOT NULL, keyword TEXT NOT NULL, PRIMARY KEY(skill_id, lang, ord)) STRICT"_s;
const Table KeywordTable = {u"skill_keyword"_s, {u"skill_id"_s, u"lang"_s, u"ord"_s, u"keyword"_s},
                            {u"skill_id"_s, u"lang"_s, u"ord"_s}};

} // namespace

const QStringList &ddl(int version)
{
    static const QStringList v2 = ddlV1() + QStringList{KeywordDdl, SignatureDdl};
    return version >= 2 ? v2 : ddlV1();
}

const QList<Table> &tables(int version)
{
    static const QList<Table> v2 = tablesV1() + QList<Table>{KeywordTable};
    return version >= 2 ? v2 : tablesV1();
}

} // namespace maharat::packschema
