/*
 * archive.c — list archive members from memory with libarchive.
 *
 * Functions: st_archive_is_archive(), st_archive_is_text(), st_archive_list(),
 * st_archive_read(), st_archive_single(), st_archive_inner_name() (see
 * archive.h).
 *
 * Bounds: seekable formats (zip, 7z) skip member data without reading it;
 * streaming formats (tar in a compressor) must decompress to reach the next
 * header, so their data is read here block by block and counted against
 * MAX_BYTES — a gzip or zip bomb costs at most MAX_BYTES of inflation.
 * Nothing is ever written: archive_read_data_block only hands out pointers.
 * A single compressed file (ci-run.log.gz: libarchive's "raw" format under
 * a compression filter) is read by st_archive_single, its head only: at
 * most MAX_KEEP bytes are ever decompressed.
 */
#include <string.h>
#include <archive.h>
#include <archive_entry.h>

#include "sectriage/archive.h"
#include "sectriage/common.h"

#define MAX_NAME 512

static const char *const archive_exts[] = {
	".zip", ".tar", ".tgz", ".tar.gz", ".tbz", ".tbz2", ".tar.bz2", ".txz",
	".tar.xz", ".tar.zst", ".tzst", ".7z", ".jar", ".cpio", ".iso", ".rar",
	".xar", ".cab", ".lha", ".lzh", ".ar", ".deb", ".apk", ".whl", ".crate",
	".gem",
};

static const char *const archive_types[] = {
	"application/zip", "application/x-zip", "application/x-zip-compressed",
	"application/x-tar", "application/x-gtar", "application/x-ustar",
	"application/gzip", "application/x-gzip", "application/x-compressed-tar",
	"application/x-bzip2", "application/x-bzip-compressed-tar",
	"application/x-xz", "application/x-xz-compressed-tar",
	"application/x-7z-compressed", "application/x-rar-compressed",
	"application/vnd.rar", "application/x-rar", "application/java-archive",
	"application/x-cpio", "application/zstd", "application/x-zstd",
};

gboolean
st_archive_is_archive(const char *filename, const char *content_type)
{
	if (content_type) {
		for (gsize i = 0; i < G_N_ELEMENTS(archive_types); i++)
			if (g_ascii_strcasecmp(content_type, archive_types[i]) == 0)
				return TRUE;
	}
	if (filename) {
		g_autofree char *lower = g_ascii_strdown(filename, -1);
		for (gsize i = 0; i < G_N_ELEMENTS(archive_exts); i++)
			if (g_str_has_suffix(lower, archive_exts[i]))
				return TRUE;
		/* A bare .gz/.bz2/.xz/.zst of a tarball is common; of one
		 * file, st_archive_single reads it. */
		if (g_str_has_suffix(lower, ".gz") || g_str_has_suffix(lower, ".bz2") ||
		    g_str_has_suffix(lower, ".xz") || g_str_has_suffix(lower, ".zst"))
			return TRUE;
	}
	return FALSE;
}

static const char *const text_exts[] = {
	".py", ".sh", ".bash", ".zsh", ".c", ".h", ".cc", ".cpp", ".hpp", ".rs", ".js",
	".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".go", ".toml", ".yaml", ".yml", ".json",
	".txt", ".log", ".diff", ".patch", ".md", ".rb", ".pl", ".php", ".java", ".kt",
	".cs", ".swift", ".lua", ".ps1", ".bat", ".cfg", ".conf", ".ini", ".xml",
	".csv", ".sql", ".out", ".trace", ".s", ".asm", ".zig", ".nix", ".html",
	".htm", ".eml", ".asc", ".lock", ".env", ".tf", ".hcl", ".dmesg",
};

static const char *const text_names[] = {
	"dockerfile", "containerfile", "makefile", "vagrantfile", "cargo.lock",
	"justfile", "procfile",
};

static const char *const text_types[] = {
	"application/json", "application/xml", "application/javascript",
	"application/x-sh", "application/x-shellscript", "application/x-python",
	"application/x-python-code", "application/x-perl", "application/x-ruby",
	"application/toml", "application/yaml", "application/x-yaml",
	"message/delivery-status", "message/disposition-notification",
	"message/feedback-report", "application/x-patch", "application/x-diff",
};

gboolean
st_archive_is_text(const char *filename, const char *type)
{
	if (type && g_str_has_prefix(type, "text/"))
		return TRUE;
	for (gsize i = 0; type && i < G_N_ELEMENTS(text_types); i++)
		if (strcmp(type, text_types[i]) == 0)
			return TRUE;
	if (filename == NULL)
		return FALSE;
	g_autofree char *lower = g_ascii_strdown(filename, -1);
	const char *base = strrchr(lower, '/');
	base = base ? base + 1 : lower;
	for (gsize i = 0; i < G_N_ELEMENTS(text_names); i++)
		if (strcmp(base, text_names[i]) == 0 || g_str_has_prefix(base, "dockerfile."))
			return TRUE;
	for (gsize i = 0; i < G_N_ELEMENTS(text_exts); i++)
		if (g_str_has_suffix(base, text_exts[i]))
			return TRUE;
	return FALSE;
}

static void
flag(GPtrArray *flags, const char *name)
{
	if (flags)
		st_flag_add(flags, name);
}

static gboolean
unsafe_name(const char *name)
{
	if (name[0] == '/' || name[0] == '\\' || (g_ascii_isalpha(name[0]) && name[1] == ':'))
		return TRUE;
	g_auto(GStrv) parts = g_strsplit_set(name, "/\\", -1);
	for (char **p = parts; *p; p++)
		if (strcmp(*p, "..") == 0)
			return TRUE;
	return FALSE;
}

/* Read the current entry's data block by block, counting it into *READ.
 * FALSE when MAX_BYTES or the deadline was reached, or on a read error
 * (*ERR set). */
static gboolean
drain_entry(struct archive *a, gint64 *read, gint64 max_bytes, gint64 deadline, gboolean *err)
{
	const void *buf;
	size_t size;
	la_int64_t offset;

	for (;;) {
		int r = archive_read_data_block(a, &buf, &size, &offset);
		if (r == ARCHIVE_EOF)
			return TRUE;
		if (r < ARCHIVE_WARN) {
			*err = TRUE;
			return FALSE;
		}
		*read += size;
		if (*read > max_bytes)
			return FALSE;
		if (deadline > 0 && g_get_monotonic_time() > deadline)
			return FALSE;
	}
}

static gboolean
seekable_format(struct archive *a)
{
	int f = archive_format(a) & ARCHIVE_FORMAT_BASE_MASK;

	return f == ARCHIVE_FORMAT_ZIP && archive_filter_count(a) <= 1;
}

GPtrArray *
st_archive_list(const void *data, gsize len, gint max_members,
		gint64 max_bytes, gint64 deadline, GPtrArray *flags)
{
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	struct archive *a = archive_read_new();
	struct archive_entry *entry;
	gint64 read = 0;
	gboolean err = FALSE, limit = FALSE;

	archive_read_support_filter_all(a);
	archive_read_support_format_all(a);
	if (archive_read_open_memory(a, data, len) != ARCHIVE_OK) {
		flag(flags, "archive-error");
		archive_read_free(a);
		return names;
	}
	for (;;) {
		int r = archive_read_next_header(a, &entry);
		if (r == ARCHIVE_EOF)
			break;
		if (r < ARCHIVE_WARN) {
			err = TRUE;
			break;
		}
		if ((gint) names->len >= max_members) {
			limit = TRUE;
			break;
		}
		const char *name = archive_entry_pathname_utf8(entry);
		if (name == NULL)
			name = archive_entry_pathname(entry);
		if (name == NULL)
			name = "";
		char *safe = st_printable(name, -1, MAX_NAME);
		if (unsafe_name(safe))
			flag(flags, "unsafe-name");
		g_ptr_array_add(names, safe);
		if (archive_entry_is_encrypted(entry))
			flag(flags, "encrypted-member");
		if (deadline > 0 && g_get_monotonic_time() > deadline) {
			limit = TRUE;
			break;
		}
		if (seekable_format(a) || archive_entry_is_encrypted(entry) ||
		    (archive_entry_size_is_set(entry) && archive_entry_size(entry) == 0))
			continue;   /* the next header call seeks over the data */
		if (!drain_entry(a, &read, max_bytes, deadline, &err)) {
			if (!err)
				limit = TRUE;
			break;
		}
	}
	if (limit)
		flag(flags, "archive-limit");
	if (err)
		flag(flags, "archive-error");
	archive_read_free(a);
	return names;
}

void
st_archive_file_free(StArchiveFile *f)
{
	if (f == NULL)
		return;
	g_free(f->name);
	if (f->data)
		g_bytes_unref(f->data);
	g_free(f);
}

/* The current entry's data, at most MAX bytes, counted into *READ; NULL
 * when it is longer than MAX, a read fails or *READ passes MAX_BYTES. */
static GBytes *
read_entry(struct archive *a, gint64 max, gint64 *read, gint64 max_bytes)
{
	g_autoptr(GByteArray) buf = g_byte_array_new();
	char chunk[16384];
	la_ssize_t got;

	while ((got = archive_read_data(a, chunk, sizeof chunk)) > 0) {
		*read += got;
		if ((gint64)buf->len + got > max || *read > max_bytes)
			return NULL;
		g_byte_array_append(buf, (const guint8 *)chunk, (guint)got);
	}
	if (got < 0)
		return NULL;
	return g_byte_array_free_to_bytes(g_steal_pointer(&buf));
}

GPtrArray *
st_archive_read(const void *data, gsize len, StArchiveWant want, gpointer user,
		gint max_entries, gint max_files, gint64 max_file_bytes, gint64 max_bytes)
{
	GPtrArray *files = g_ptr_array_new_with_free_func((GDestroyNotify)st_archive_file_free);
	struct archive *a = archive_read_new();
	struct archive_entry *entry;
	gint64 read = 0;
	gboolean err = FALSE;

	archive_read_support_filter_all(a);
	archive_read_support_format_all(a);
	if (data == NULL || want == NULL || archive_read_open_memory(a, data, len) != ARCHIVE_OK) {
		archive_read_free(a);
		return files;
	}
	for (gint n = 0; n < max_entries && (gint)files->len < max_files; n++) {
		if (archive_read_next_header(a, &entry) < ARCHIVE_WARN)
			break;
		const char *name = archive_entry_pathname_utf8(entry);
		if (name == NULL)
			name = archive_entry_pathname(entry);
		g_autofree char *safe = st_printable(name ? name : "", -1, MAX_NAME);
		gint64 size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
		gboolean file = archive_entry_filetype(entry) == AE_IFREG;
		if (file && !archive_entry_is_encrypted(entry) && size <= max_file_bytes &&
		    want(safe, size, user)) {
			GBytes *bytes = read_entry(a, max_file_bytes, &read, max_bytes);
			if (bytes) {
				StArchiveFile *f = g_new0(StArchiveFile, 1);
				f->name = g_steal_pointer(&safe);
				f->data = bytes;
				g_ptr_array_add(files, f);
			}
		} else if (!seekable_format(a) && !archive_entry_is_encrypted(entry) &&
			   !drain_entry(a, &read, max_bytes, 0, &err)) {
			break;
		}
		if (read > max_bytes)
			break;
	}
	archive_read_free(a);
	return files;
}

/* Suffixes of a compressor's output and what the file was called before:
 * "" drops the suffix, ".tar" replaces it (a tarball's short names). */
static const char *const compressed_exts[][2] = {
	{ ".tgz", ".tar" }, { ".tbz2", ".tar" }, { ".tbz", ".tar" }, { ".txz", ".tar" },
	{ ".tzst", ".tar" }, { ".gz", "" }, { ".bz2", "" }, { ".xz", "" }, { ".zst", "" },
	{ ".lzma", "" }, { ".lz4", "" }, { ".lz", "" }, { ".z", "" },
};

char *
st_archive_inner_name(const char *filename)
{
	g_autofree char *lower = filename ? g_ascii_strdown(filename, -1) : NULL;

	for (gsize i = 0; lower && i < G_N_ELEMENTS(compressed_exts); i++) {
		if (!g_str_has_suffix(lower, compressed_exts[i][0]) ||
		    strlen(lower) == strlen(compressed_exts[i][0]))
			continue;
		g_autofree char *stem = g_strndup(filename,
						  strlen(lower) - strlen(compressed_exts[i][0]));
		return g_strconcat(stem, compressed_exts[i][1], NULL);
	}
	return g_strdup("data");
}

/* The current entry's first MAX_KEEP bytes; "archive-limit" in FLAGS when
 * there is more or the DEADLINE passed (reading stops then),
 * "archive-error" when a read fails (what was read is kept). */
static GBytes *
read_head(struct archive *a, gsize max_keep, gint64 deadline, GPtrArray *flags)
{
	g_autoptr(GByteArray) buf = g_byte_array_new();
	char chunk[16384];

	for (;;) {
		gsize room = max_keep - buf->len;
		la_ssize_t got = archive_read_data(a, chunk, MIN(sizeof chunk, room + 1));
		if (got == 0)
			break;
		if (got < 0) {
			flag(flags, "archive-error");
			break;
		}
		g_byte_array_append(buf, (const guint8 *)chunk, (guint)MIN((gsize)got, room));
		if ((gsize)got > room || (deadline > 0 && g_get_monotonic_time() > deadline)) {
			flag(flags, "archive-limit");
			break;
		}
	}
	return g_byte_array_free_to_bytes(g_steal_pointer(&buf));
}

GBytes *
st_archive_single(const void *data, gsize len, gsize max_keep, gint64 deadline,
		  GPtrArray *flags)
{
	struct archive *a = archive_read_new();
	struct archive_entry *entry;
	GBytes *out = NULL;

	archive_read_support_filter_all(a);
	archive_read_support_format_all(a);
	/* raw bids least: it wins only when no archive format does */
	archive_read_support_format_raw(a);
	if (data != NULL && archive_read_open_memory(a, data, len) == ARCHIVE_OK &&
	    archive_read_next_header(a, &entry) >= ARCHIVE_WARN &&
	    (archive_format(a) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_RAW &&
	    archive_filter_count(a) > 1)
		out = read_head(a, max_keep, deadline, flags);
	archive_read_free(a);
	return out;
}
