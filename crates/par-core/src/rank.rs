//! Ranking units by total: equal totals share a rank.
//!
//! DOMAIN.md asks only that "equal totals share a rank". Two rankings do that:
//! - [`competition_rank`] (1, 1, 3): the office's ranking table (`office::ranking`) uses it.
//!   It is how published rankings read ("đồng hạng 1", then 3rd): a unit's rank minus one is
//!   the number of units that scored more, so "hạng 3/150" means the same whatever the ties;
//! - [`dense_rank`] (1, 1, 2): each distinct total its own step, kept for callers that want the
//!   levels of the totals.

use crate::decimal::Decimal;

/// A unit's place in the ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked<K> {
    pub key: K,
    pub total: Decimal,
    pub rank: usize,
}

/// Ranks `(key, total)` pairs, highest total first. Ties share a rank and the next distinct total
/// takes the next rank; ties keep their input order.
pub fn dense_rank<K>(units: impl IntoIterator<Item = (K, Decimal)>) -> Vec<Ranked<K>> {
    let mut units: Vec<(K, Decimal)> = units.into_iter().collect();
    units.sort_by_key(|unit| std::cmp::Reverse(unit.1));
    let mut ranked = Vec::with_capacity(units.len());
    let mut previous: Option<Decimal> = None;
    let mut rank = 0;
    for (key, total) in units {
        if previous != Some(total) {
            rank += 1;
            previous = Some(total);
        }
        ranked.push(Ranked { key, total, rank });
    }
    ranked
}

/// Ranks `(key, total)` pairs, highest total first. Ties share the rank of the first of them
/// and the next total takes its position (1, 1, 3); ties keep their input order.
pub fn competition_rank<K>(units: impl IntoIterator<Item = (K, Decimal)>) -> Vec<Ranked<K>> {
    let mut ranked = dense_rank(units);
    let mut previous: Option<(Decimal, usize)> = None;
    for (position, unit) in ranked.iter_mut().enumerate() {
        unit.rank = match previous {
            Some((total, rank)) if total == unit.total => rank,
            _ => position + 1,
        };
        previous = Some((unit.total, unit.rank));
    }
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_totals_share_a_rank() {
        let d = |s: &str| Decimal::parse(s).unwrap();
        let ranked = dense_rank([
            ("a", d("80")),
            ("b", d("92.5")),
            ("c", d("80")),
            ("d", d("70.25")),
        ]);
        let got: Vec<(&str, usize)> = ranked.iter().map(|r| (r.key, r.rank)).collect();
        assert_eq!(got, [("b", 1), ("a", 2), ("c", 2), ("d", 3)]);
        assert!(dense_rank(Vec::<(u8, Decimal)>::new()).is_empty());
    }

    #[test]
    fn competition_ranking_skips_the_places_ties_take() {
        let d = |s: &str| Decimal::parse(s).unwrap();
        let ranked = competition_rank([
            ("a", d("80")),
            ("b", d("92.5")),
            ("c", d("80")),
            ("d", d("70.25")),
            ("e", d("92.5")),
        ]);
        let got: Vec<(&str, usize)> = ranked.iter().map(|r| (r.key, r.rank)).collect();
        assert_eq!(got, [("b", 1), ("e", 1), ("a", 3), ("c", 3), ("d", 5)]);
    }
}
