use par_core::Text;
