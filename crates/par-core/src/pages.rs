//! The walk-through shows one page at a time: each criterion of each field, then each
//! bonus/penalty group. A page is addressed by its position in [`pages`].

use crate::framework::{Framework, LeafPath};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Criterion { field: usize, criterion: usize },
    Adjustment { group: usize },
}

/// Every page of the walk-through, in document order.
pub fn pages(framework: &Framework) -> Vec<Page> {
    let criteria = framework.fields.iter().enumerate().flat_map(|(f, field)| {
        (0..field.criteria.len()).map(move |c| Page::Criterion {
            field: f,
            criterion: c,
        })
    });
    let groups = (0..framework.adjustments.len()).map(|g| Page::Adjustment { group: g });
    criteria.chain(groups).collect()
}

/// The page that shows the leaf `code`, as an index into [`pages`].
pub fn page_of_leaf(framework: &Framework, code: &str) -> Option<usize> {
    let page = match framework.leaf(code)?.path {
        LeafPath::Field {
            field, criterion, ..
        } => Page::Criterion { field, criterion },
        LeafPath::Adjustment { group, .. } => Page::Adjustment { group },
    };
    pages(framework).iter().position(|p| *p == page)
}

/// The page where a problem about `code` is fixed: a leaf's page, a criterion's own page, or a
/// field's first criterion (a claim for a whole field is made on each of its criteria's pages).
pub fn page_to_fix(framework: &Framework, code: &str) -> Option<usize> {
    if let Some(page) = page_of_leaf(framework, code).or_else(|| page_of_code(framework, code)) {
        return Some(page);
    }
    let field = framework.fields.iter().position(|f| f.code == code)?;
    let page = Page::Criterion {
        field,
        criterion: 0,
    };
    pages(framework).iter().position(|p| *p == page)
}

/// The code of the criterion (or bonus/penalty group) shown on `page`, kept in a draft so that it
/// reopens on the same criterion even if the set's pages move.
pub fn page_code(framework: &Framework, page: Page) -> Option<String> {
    match page {
        Page::Criterion { field, criterion } => framework
            .fields
            .get(field)?
            .criteria
            .get(criterion)
            .map(|c| c.code.clone()),
        Page::Adjustment { group } => framework.adjustments.get(group).map(|g| g.code.clone()),
    }
}

/// The page of a criterion or group code (the inverse of [`page_code`]).
pub fn page_of_code(framework: &Framework, code: &str) -> Option<usize> {
    pages(framework)
        .into_iter()
        .position(|page| page_code(framework, page).as_deref() == Some(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_criteria_then_groups_and_finds_leaves() {
        let set = crate::load_framework(include_str!("../../../frameworks/mau-xa-2025.json"))
            .expect("the sample is valid");
        let all = pages(&set);
        let criteria = set.criteria_count();
        assert_eq!(all.len(), criteria + set.adjustments.len());
        assert_eq!(
            all[0],
            Page::Criterion {
                field: 0,
                criterion: 0
            }
        );
        assert_eq!(all[criteria], Page::Adjustment { group: 0 });
        assert_eq!(page_of_leaf(&set, "1.1.1"), Some(0));
        let nested = page_of_leaf(&set, "7.3.3.2").expect("a sub-item has a page");
        assert_eq!(page_code(&set, all[nested]).as_deref(), Some("7.3"));
        let bonus = page_of_leaf(&set, "9.1.1").expect("a bonus item has a page");
        assert_eq!(page_code(&set, all[bonus]).as_deref(), Some("9.1"));
        assert_eq!(page_of_leaf(&set, "9.9.9"), None);
        for (index, page) in all.iter().enumerate() {
            let code = page_code(&set, *page).expect("every page has a code");
            assert_eq!(page_of_code(&set, &code), Some(index));
        }
        assert_eq!(page_of_code(&set, "99"), None);
        // Where a problem is fixed: a leaf, a criterion (a claim for it), a field (its first
        // criterion's page).
        assert_eq!(page_to_fix(&set, "7.3.3.2"), Some(nested));
        assert_eq!(page_to_fix(&set, "7.3"), Some(nested));
        let field_7 = page_to_fix(&set, "7").expect("a field has a page");
        assert_eq!(page_code(&set, all[field_7]).as_deref(), Some("7.1"));
        assert_eq!(page_to_fix(&set, "99"), None);
    }
}
