//! Scalar types of the data model and the value rules they share across dialects: DateTime
//! normalisation (Prisma accepts shortened ISO forms such as `"2016"`), comparison and printing.

use serde_json::Value;
use std::cmp::Ordering;
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScalarType {
    Id,
    String,
    Int,
    Float,
    Boolean,
    DateTime,
    Json,
    Long,
}

impl ScalarType {
    pub fn from_name(name: &str) -> Option<ScalarType> {
        Some(match name {
            "ID" => ScalarType::Id,
            "String" => ScalarType::String,
            "Int" => ScalarType::Int,
            "Float" => ScalarType::Float,
            "Boolean" => ScalarType::Boolean,
            "DateTime" => ScalarType::DateTime,
            "Json" => ScalarType::Json,
            "Long" => ScalarType::Long,
            _ => return None,
        })
    }

    pub fn graphql_name(self) -> &'static str {
        match self {
            ScalarType::Id => "ID",
            ScalarType::String => "String",
            ScalarType::Int => "Int",
            ScalarType::Float => "Float",
            ScalarType::Boolean => "Boolean",
            ScalarType::DateTime => "DateTime",
            ScalarType::Json => "Json",
            ScalarType::Long => "Long",
        }
    }
}

/// Normalises an ISO-8601 date-time to Prisma's output form `YYYY-MM-DDTHH:MM:SS.mmmZ`.
/// Accepts shortened forms (`2016`, `2016-02`, `2016-02-03`, `2016-02-03T04:05`), seconds with
/// or without fractions, and `Z` or a `±HH:MM` offset (converted to UTC). The shortened forms
/// are parsed here (no crate reads them); dates, clock times and offsets are checked and converted
/// by the `time` crate.
pub fn normalize_datetime(input: &str) -> Option<String> {
    let s = input.trim();
    let (date, time) = match s.find(['T', ' ']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let mut dp = date.split('-');
    let year: i64 = parse_digits(dp.next()?, 4)?;
    let month: i64 = match dp.next() {
        Some(m) => parse_digits(m, 2)?,
        None => 1,
    };
    let day: i64 = match dp.next() {
        Some(d) => parse_digits(d, 2)?,
        None => 1,
    };
    if dp.next().is_some() {
        return None;
    }
    let (mut h, mut mi, mut sec, mut ms, mut offset_min) = (0i64, 0i64, 0i64, 0i64, 0i64);
    if let Some(t) = time {
        let (clock, offset) = split_offset(t)?;
        offset_min = offset;
        let mut tp = clock.split(':');
        h = parse_digits(tp.next()?, 2)?;
        mi = match tp.next() {
            Some(m) => parse_digits(m, 2)?,
            None => 0,
        };
        if let Some(sx) = tp.next() {
            let (whole, frac) = match sx.split_once('.') {
                Some((w, f)) => (w, Some(f)),
                None => (sx, None),
            };
            sec = parse_digits(whole, 2)?;
            if let Some(f) = frac {
                if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let f3: String = f.chars().chain("000".chars()).take(3).collect();
                ms = f3.parse().ok()?;
            }
        }
        if tp.next().is_some() {
            return None;
        }
    }
    // The calendar (month lengths, leap years), clock ranges and the offset are the time crate's.
    let date = Date::from_calendar_date(
        i32::try_from(year).ok()?,
        Month::try_from(u8::try_from(month).ok()?).ok()?,
        u8::try_from(day).ok()?,
    )
    .ok()?;
    let clock = Time::from_hms_milli(
        u8::try_from(h).ok()?,
        u8::try_from(mi).ok()?,
        u8::try_from(sec).ok()?,
        u16::try_from(ms).ok()?,
    )
    .ok()?;
    let offset = UtcOffset::from_whole_seconds(i32::try_from(offset_min * 60).ok()?).ok()?;
    let utc = PrimitiveDateTime::new(date, clock)
        .assume_offset(offset)
        .checked_to_offset(UtcOffset::UTC)?;
    Some(format_utc(utc))
}

fn split_offset(t: &str) -> Option<(&str, i64)> {
    if let Some(c) = t.strip_suffix('Z').or_else(|| t.strip_suffix('z')) {
        return Some((c, 0));
    }
    if let Some(i) = t.rfind(['+', '-']) {
        let (clock, off) = t.split_at(i);
        let sign = if off.starts_with('-') { -1 } else { 1 };
        let off = &off[1..];
        let (oh, om) = match off.split_once(':') {
            Some((a, b)) => (a, b),
            None if off.len() == 4 => off.split_at(2),
            None => (off, "00"),
        };
        return Some((
            clock,
            sign * (parse_digits(oh, 2)? * 60 + parse_digits(om, 2)?),
        ));
    }
    Some((t, 0))
}

fn parse_digits(s: &str, len: usize) -> Option<i64> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Calendar parts to add to a date-time (8base's `UpdateByFilterDatePartsInput`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DateParts {
    pub years: i64,
    pub months: i64,
    pub days: i64,
    pub hours: i64,
    pub minutes: i64,
    pub seconds: i64,
    pub microseconds: i64,
}

/// Shifts a date-time by `parts` (`sign` 1 adds, -1 subtracts): years and months move the
/// calendar month (the day clamped to the month's length, as SQL's `DATE_ADD`), the rest is
/// added as a duration. Microseconds are truncated to the stored milliseconds. `None` for a
/// value that is not a date-time or a result outside the years 0–9999.
pub fn shift_datetime(value: &str, parts: &DateParts, sign: i64) -> Option<String> {
    let norm = normalize_datetime(value)?;
    let field = |range: std::ops::Range<usize>| -> Option<i64> { norm.get(range)?.parse().ok() };
    let months = field(0..4)?
        .checked_mul(12)?
        .checked_add(field(5..7)? - 1)?
        .checked_add(sign.checked_mul(parts.years.checked_mul(12)?.checked_add(parts.months)?)?)?;
    let year = i32::try_from(months.div_euclid(12)).ok()?;
    let month = Month::try_from(u8::try_from(months.rem_euclid(12) + 1).ok()?).ok()?;
    let day = u8::try_from(field(8..10)?).ok()?.min(month.length(year));
    let clock = Time::from_hms_milli(
        u8::try_from(field(11..13)?).ok()?,
        u8::try_from(field(14..16)?).ok()?,
        u8::try_from(field(17..19)?).ok()?,
        u16::try_from(field(20..23)?).ok()?,
    )
    .ok()?;
    let moved = PrimitiveDateTime::new(Date::from_calendar_date(year, month, day).ok()?, clock);
    let millis = parts
        .days
        .checked_mul(86_400_000)?
        .checked_add(parts.hours.checked_mul(3_600_000)?)?
        .checked_add(parts.minutes.checked_mul(60_000)?)?
        .checked_add(parts.seconds.checked_mul(1000)?)?
        .checked_add(parts.microseconds / 1000)?
        .checked_mul(sign)?;
    let at = moved
        .assume_utc()
        .checked_add(time::Duration::milliseconds(millis))?;
    (0..=9999).contains(&at.year()).then(|| format_utc(at))
}

/// Formats epoch milliseconds as `YYYY-MM-DDTHH:MM:SS.mmmZ` (the epoch itself if out of range).
pub fn format_epoch_ms(total: i64) -> String {
    let at = OffsetDateTime::from_unix_timestamp_nanos(i128::from(total) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH);
    format_utc(at)
}

/// A UTC date-time in Prisma's output form `YYYY-MM-DDTHH:MM:SS.mmmZ` (written digit by digit:
/// every create and update stamps two of them).
fn format_utc(at: OffsetDateTime) -> String {
    let year = at.year();
    if !(0..=9999).contains(&year) {
        return format!(
            "{year:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            u8::from(at.month()),
            at.day(),
            at.hour(),
            at.minute(),
            at.second(),
            at.millisecond()
        );
    }
    let mut out = String::with_capacity(24);
    let mut digits = |n: u32, width: u32, then: char| {
        for p in (0..width).rev() {
            out.push(char::from(b'0' + ((n / 10u32.pow(p)) % 10) as u8));
        }
        if then != '\0' {
            out.push(then);
        }
    };
    digits(year as u32, 4, '-');
    digits(u32::from(u8::from(at.month())), 2, '-');
    digits(u32::from(at.day()), 2, 'T');
    digits(u32::from(at.hour()), 2, ':');
    digits(u32::from(at.minute()), 2, ':');
    digits(u32::from(at.second()), 2, '.');
    digits(u32::from(at.millisecond()), 3, 'Z');
    out
}

/// Orders two stored scalar values of the same field (numbers numerically, strings and
/// normalised date-times lexically, booleans false < true). `None` when not comparable.
pub fn compare_values(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64()?.partial_cmp(&y.as_f64()?),
        (Value::String(x), Value::String(y)) => Some(x.cmp(y)),
        (Value::Bool(x), Value::Bool(y)) => Some(x.cmp(y)),
        _ => None,
    }
}

/// Equality of stored values, numbers compared by value (`1` equals `1.0`).
pub fn values_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// A value printed as Prisma prints it in error texts: strings raw, numbers and booleans as
/// JSON, Json values as their text.
pub fn display_value(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_milliseconds_are_formatted_digit_by_digit() {
        assert_eq!(format_epoch_ms(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            format_epoch_ms(1_000_000_000_123),
            "2001-09-09T01:46:40.123Z"
        );
        assert_eq!(
            format_epoch_ms(253_402_300_799_999),
            "9999-12-31T23:59:59.999Z"
        );
        assert_eq!(format_epoch_ms(-1), "1969-12-31T23:59:59.999Z");
    }

    #[test]
    fn datetimes_shift_by_calendar_parts() {
        let p = |months, days, microseconds| DateParts {
            months,
            days,
            microseconds,
            ..DateParts::default()
        };
        assert_eq!(
            shift_datetime("2020-01-31T10:00:00.000Z", &p(1, 0, 0), 1).as_deref(),
            Some("2020-02-29T10:00:00.000Z")
        );
        assert_eq!(
            shift_datetime("2020-03-01T00:00:00.000Z", &p(0, 1, 1500), -1).as_deref(),
            Some("2020-02-28T23:59:59.999Z")
        );
        let far = DateParts {
            years: 20_000,
            ..DateParts::default()
        };
        assert_eq!(shift_datetime("2020-01-01", &far, 1), None);
        assert_eq!(shift_datetime("not a date", &p(1, 0, 0), 1), None);
    }

    #[test]
    fn shortened_datetimes_are_normalised() {
        assert_eq!(
            normalize_datetime("2016").as_deref(),
            Some("2016-01-01T00:00:00.000Z")
        );
        assert_eq!(
            normalize_datetime("2017-03").as_deref(),
            Some("2017-03-01T00:00:00.000Z")
        );
        assert_eq!(
            normalize_datetime("2019-09-22T03:45:33.432Z").as_deref(),
            Some("2019-09-22T03:45:33.432Z")
        );
        assert_eq!(
            normalize_datetime("2019-09-22T03:45:33.4Z").as_deref(),
            Some("2019-09-22T03:45:33.400Z")
        );
        assert_eq!(
            normalize_datetime("2020-01-01T01:00:00+02:00").as_deref(),
            Some("2019-12-31T23:00:00.000Z")
        );
        assert_eq!(
            normalize_datetime("2016-02-29T10:11").as_deref(),
            Some("2016-02-29T10:11:00.000Z")
        );
    }

    #[test]
    fn invalid_datetimes_are_rejected() {
        for bad in [
            "",
            "16",
            "2016-13",
            "2017-02-29",
            "2016-01-01T25:00",
            "yesterday",
            "2016-1-1",
        ] {
            assert_eq!(normalize_datetime(bad), None, "{bad}");
        }
    }

    #[test]
    fn values_compare_by_type() {
        use serde_json::json;
        assert_eq!(compare_values(&json!(2), &json!(10)), Some(Ordering::Less));
        assert_eq!(
            compare_values(&json!("b"), &json!("a")),
            Some(Ordering::Greater)
        );
        assert!(values_equal(&json!(1), &json!(1.0)));
        assert_eq!(display_value(&json!("x")), "x");
        assert_eq!(display_value(&json!(3.5)), "3.5");
    }
}
