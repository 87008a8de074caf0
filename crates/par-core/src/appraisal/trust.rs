//! Which office keys a unit accepts for appraisals and final results. The province issues the
//! criteria set, so key ids the set names are trusted as the set is; where the set names none,
//! the unit compares the key id with the official notice and confirms it once. A different key
//! later is never silently accepted: it is a loud warning the user must look at.

use serde::{Deserialize, Serialize};

use crate::framework::Framework;

/// The office keys a unit accepts: from the set, or confirmed by hand.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeTrust {
    /// Key ids the criteria set names (`appraiser_key_ids`): when any, only these are trusted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from_set: Vec<String>,
    /// Key ids the user confirmed, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub confirmed: Vec<String>,
}

/// What the trust store says of one signing key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyTrust {
    /// Named by the criteria set.
    NamedBySet,
    /// Confirmed by the user before.
    Confirmed,
    /// The set names other keys: not the appraising body's.
    NotNamedBySet,
    /// No key known yet: show the key id, in groups, to compare with the official notice.
    FirstSeen,
    /// Another key was confirmed before: a loud warning, never accepted silently.
    Changed { confirmed: Vec<String> },
}

impl KeyTrust {
    pub fn is_trusted(&self) -> bool {
        matches!(self, KeyTrust::NamedBySet | KeyTrust::Confirmed)
    }
}

impl OfficeTrust {
    /// The store for units working with `framework` (keys it names), nothing confirmed yet.
    pub fn for_set(framework: &Framework) -> Self {
        OfficeTrust {
            from_set: framework.appraiser_key_ids.clone(),
            confirmed: Vec::new(),
        }
    }

    pub fn judge(&self, key_id: &str) -> KeyTrust {
        if !self.from_set.is_empty() {
            return if self.from_set.iter().any(|k| k == key_id) {
                KeyTrust::NamedBySet
            } else {
                KeyTrust::NotNamedBySet
            };
        }
        if self.confirmed.iter().any(|k| k == key_id) {
            KeyTrust::Confirmed
        } else if self.confirmed.is_empty() {
            KeyTrust::FirstSeen
        } else {
            KeyTrust::Changed {
                confirmed: self.confirmed.clone(),
            }
        }
    }

    /// Records the user's confirmation of `key_id` (after comparing it with the notice). A key
    /// the set does not name cannot be confirmed over the set: returns false.
    pub fn confirm(&mut self, key_id: &str) -> bool {
        if !self.from_set.is_empty() && !self.from_set.iter().any(|k| k == key_id) {
            return false;
        }
        if !self.confirmed.iter().any(|k| k == key_id) {
            self.confirmed.push(key_id.to_string());
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "AAAA-AAAA-AAAA-AAAA";
    const B: &str = "BBBB-BBBB-BBBB-BBBB";

    #[test]
    fn the_first_key_is_confirmed_once_and_another_later_is_a_change() {
        let mut trust = OfficeTrust::default();
        assert_eq!(trust.judge(A), KeyTrust::FirstSeen);
        assert!(trust.confirm(A));
        assert_eq!(trust.judge(A), KeyTrust::Confirmed);
        assert_eq!(
            trust.judge(B),
            KeyTrust::Changed {
                confirmed: vec![A.to_string()]
            }
        );
    }

    #[test]
    fn keys_named_by_the_set_are_the_only_ones() {
        let mut trust = OfficeTrust {
            from_set: vec![A.to_string()],
            confirmed: Vec::new(),
        };
        assert!(trust.judge(A).is_trusted());
        assert_eq!(trust.judge(B), KeyTrust::NotNamedBySet);
        assert!(!trust.confirm(B));
        assert_eq!(trust.judge(B), KeyTrust::NotNamedBySet);
    }
}
