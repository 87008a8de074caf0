//! Ranking units by appraised total: equal totals share a rank (dense ranking: 1, 1, 2).

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
}
